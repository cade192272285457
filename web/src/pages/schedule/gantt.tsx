import { useLayoutEffect, useMemo, useRef, useState, type UIEvent } from 'react';
import type { Dependency, ScheduleItem } from '../../api/types';
import {
  criticalityShade,
  forecastHorizonMs,
  GanttForecastLayer,
  type GanttForecast,
} from './gantt-forecast';
import {
  axisTicks,
  DAY_MS,
  localMs,
  nowLocalMs,
  PX_PER_DAY,
  type GanttRow,
  type Zoom,
} from './gantt-model';

export const ROW_HEIGHT = 30;
const LABEL_WIDTH = 300;
const HEADER_HEIGHT = 48;
const VIEW_HEIGHT = 560;
const OVERSCAN = 8;

interface GanttProps {
  rows: readonly GanttRow[];
  start: string;
  finish: string;
  zoom: Zoom;
  dependencies: readonly Dependency[];
  /** Baseline items by id: drawn as thin grey bars under the current ones. */
  baseline: ReadonlyMap<string, ScheduleItem> | undefined;
  /** The driving path to the selected milestone (empty when none is selected). */
  path: ReadonlySet<string>;
  selectedMilestoneId: string | undefined;
  onSelectMilestone(id: string | undefined): void;
  /** The latest forecast: P-dates and criticality shading (absent: none run yet). */
  forecast?: GanttForecast | undefined;
}

/**
 * A virtualised Gantt: a fixed row height inside one scroll container, and only the
 * rows in view (± overscan) are drawn, so 2,000 rows cost what 30 do.
 */
export function Gantt(props: GanttProps) {
  const { rows, zoom, dependencies, baseline, path, selectedMilestoneId } = props;
  const [scrollTop, setScrollTop] = useState(0);
  const [viewWidth, setViewWidth] = useState(0);
  const scroller = useRef<HTMLDivElement>(null);

  // The time axis fills the card at least, however short the program.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return undefined;
    const observer = new ResizeObserver(() => setViewWidth(el.clientWidth));
    observer.observe(el);
    setViewWidth(el.clientWidth);
    return () => observer.disconnect();
  }, []);

  const pxPerDay = PX_PER_DAY[zoom];
  const { from, to } = useMemo(() => {
    let lo = localMs(props.start);
    let hi = localMs(props.finish);
    for (const row of rows) {
      if (row.kind === 'group') continue;
      hi = Math.max(hi, localMs(row.item.lateFinish));
    }
    if (baseline)
      for (const item of baseline.values()) {
        lo = Math.min(lo, localMs(item.earlyStart));
        hi = Math.max(hi, localMs(item.earlyFinish));
      }
    hi = Math.max(hi, forecastHorizonMs(props.forecast));
    const pad = zoom === 'day' ? 3 : zoom === 'week' ? 10 : 14;
    const dayLo = Math.floor(lo / DAY_MS) * DAY_MS - pad * DAY_MS;
    const fill = Math.floor((viewWidth - LABEL_WIDTH) / PX_PER_DAY[zoom]) * DAY_MS;
    return {
      from: dayLo,
      to: Math.max(Math.ceil(hi / DAY_MS) * DAY_MS + pad * DAY_MS, dayLo + fill),
    };
  }, [rows, props.start, props.finish, baseline, zoom, viewWidth, props.forecast]);

  const x = (ms: number) => ((ms - from) / DAY_MS) * pxPerDay;
  const width = Math.ceil(x(to));
  const height = rows.length * ROW_HEIGHT;
  const ticks = useMemo(() => axisTicks(from, to, zoom), [from, to, zoom]);

  const gridTicks =
    zoom === 'day' ? ticks.minor.filter((t) => new Date(t.at).getUTCDay() === 1) : ticks.minor;

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + VIEW_HEIGHT) / ROW_HEIGHT) + OVERSCAN);
  const visible = rows.slice(first, last);

  // Where each item's first row is, for the connectors.
  const rowOf = useMemo(() => {
    const map = new Map<string, number>();
    rows.forEach((row, index) => {
      if (row.kind !== 'group' && !map.has(row.item.id)) map.set(row.item.id, index);
    });
    return map;
  }, [rows]);
  const itemOf = useMemo(() => {
    const map = new Map<string, ScheduleItem>();
    for (const row of rows) if (row.kind !== 'group') map.set(row.item.id, row.item);
    return map;
  }, [rows]);

  const connectors = dependencies.flatMap((d) => {
    const a = rowOf.get(d.predecessor.id);
    const b = rowOf.get(d.successor.id);
    const pa = itemOf.get(d.predecessor.id);
    const sb = itemOf.get(d.successor.id);
    if (a === undefined || b === undefined || !pa || !sb) return [];
    if (Math.max(a, b) < first || Math.min(a, b) >= last) return [];
    const x1 = x(localMs(d.type.startsWith('S') ? pa.earlyStart : pa.earlyFinish));
    const x2 = x(localMs(d.type.endsWith('S') ? sb.earlyStart : sb.earlyFinish));
    const y1 = a * ROW_HEIGHT + ROW_HEIGHT / 2;
    const y2 = b * ROW_HEIGHT + ROW_HEIGHT / 2;
    const bend = Math.max(x1 + 8, Math.min(x2 - 8, x1 + 8));
    const onPath = path.has(d.predecessor.id) && path.has(d.successor.id);
    const driving = sb.drivingPredecessorIds.includes(pa.id);
    return [
      <path
        key={d.id}
        className={`gantt__link${driving && pa.critical && sb.critical ? ' gantt__link--critical' : ''}${onPath ? ' gantt__link--path' : ''}`}
        d={`M${x1},${y1} H${bend} V${y2} H${x2 - 2}`}
        markerEnd="url(#gantt-arrow)"
      />,
    ];
  });

  const today = nowLocalMs();
  const todayX = today >= from && today <= to ? x(today) : undefined;

  return (
    <div
      ref={scroller}
      className="gantt"
      // A short plan gets a short chart (room for a horizontal scrollbar below it).
      style={{ height: Math.min(VIEW_HEIGHT, height + 18) + HEADER_HEIGHT }}
      onScroll={(e: UIEvent<HTMLDivElement>) => setScrollTop(e.currentTarget.scrollTop)}
      data-testid="gantt"
      data-row-count={rows.length}
    >
      <div className="gantt__canvas" style={{ width: LABEL_WIDTH + width }}>
        <div className="gantt__header" style={{ height: HEADER_HEIGHT }}>
          <div className="gantt__corner" style={{ width: LABEL_WIDTH }}>
            Work item
          </div>
          <svg width={width} height={HEADER_HEIGHT} className="gantt__axis" aria-hidden="true">
            {ticks.major.map((t) => (
              <g key={`M${t.at}`}>
                <line
                  x1={x(t.at)}
                  x2={x(t.at)}
                  y1={0}
                  y2={HEADER_HEIGHT}
                  className="gantt__major"
                />
                <text x={x(t.at) + 6} y={17} className="gantt__major-label">
                  {t.label}
                </text>
              </g>
            ))}
            <line x1={0} x2={width} y1={24} y2={24} className="gantt__axis-rule" />
            {ticks.minor.map((t) => (
              <text key={`m${t.at}`} x={x(t.at) + 3} y={40} className="gantt__minor-label">
                {t.label}
              </text>
            ))}
          </svg>
        </div>
        <div className="gantt__body" style={{ height }}>
          <div className="gantt__labels" style={{ width: LABEL_WIDTH, height }}>
            {visible.map((row, i) => (
              <RowLabel
                key={row.key}
                row={row}
                top={(first + i) * ROW_HEIGHT}
                onPath={row.kind !== 'group' && path.has(row.item.id)}
                selected={row.kind === 'milestone' && row.item.id === selectedMilestoneId}
                onSelectMilestone={props.onSelectMilestone}
                selectedMilestoneId={selectedMilestoneId}
                shade={
                  row.kind === 'group' ? undefined : criticalityShade(props.forecast, row.item.id)
                }
              />
            ))}
          </div>
          <svg
            width={width}
            height={height}
            className="gantt__chart"
            role="img"
            aria-label="Gantt chart"
          >
            <defs>
              <marker
                id="gantt-arrow"
                viewBox="0 0 6 6"
                refX="5"
                refY="3"
                markerWidth="6"
                markerHeight="6"
                orient="auto"
              >
                <path d="M0,0 L6,3 L0,6 z" className="gantt__arrow" />
              </marker>
            </defs>
            {zoom === 'day'
              ? ticks.minor
                  .filter((t) => [0, 6].includes(new Date(t.at).getUTCDay()))
                  .map((t) => (
                    <rect
                      key={`w${t.at}`}
                      x={x(t.at)}
                      y={0}
                      width={pxPerDay}
                      height={height}
                      className="gantt__weekend"
                    />
                  ))
              : null}
            {gridTicks.map((t) => (
              <line
                key={`g${t.at}`}
                x1={x(t.at)}
                x2={x(t.at)}
                y1={0}
                y2={height}
                className="gantt__grid"
              />
            ))}
            {visible.map((row, i) => (
              <RowBars
                key={row.key}
                row={row}
                y={(first + i) * ROW_HEIGHT}
                x={x}
                baseline={row.kind === 'group' ? undefined : baseline?.get(row.item.id)}
                onPath={row.kind !== 'group' && path.has(row.item.id)}
                dimmed={path.size > 0 && (row.kind === 'group' || !path.has(row.item.id))}
                onSelectMilestone={props.onSelectMilestone}
                selectedMilestoneId={selectedMilestoneId}
              />
            ))}
            <g className="gantt__links">{connectors}</g>
            {props.forecast ? (
              <GanttForecastLayer
                forecast={props.forecast}
                rows={visible}
                first={first}
                rowHeight={ROW_HEIGHT}
                height={height}
                x={x}
              />
            ) : null}
            {todayX !== undefined ? (
              <g className="gantt__today">
                <line x1={todayX} x2={todayX} y1={0} y2={height} />
              </g>
            ) : null}
          </svg>
        </div>
      </div>
    </div>
  );
}

interface RowProps {
  row: GanttRow;
  onPath: boolean;
  selectedMilestoneId: string | undefined;
  onSelectMilestone(id: string | undefined): void;
}

function RowLabel({
  row,
  top,
  onPath,
  selected,
  selectedMilestoneId,
  onSelectMilestone,
  shade,
}: RowProps & { top: number; selected: boolean; shade?: { background: string } | undefined }) {
  const style = { top, height: ROW_HEIGHT };
  if (row.kind === 'group')
    return (
      <div className="gantt__label gantt__label--group" style={style}>
        <span className="gantt__label-text">{row.label}</span>
      </div>
    );
  const classes = [
    'gantt__label',
    `gantt__label--${row.kind}`,
    row.item.critical ? 'gantt__label--critical' : '',
    onPath ? 'gantt__label--path' : '',
  ].join(' ');
  return (
    <div
      className={classes}
      style={{ ...style, paddingLeft: 12 + row.depth * 14, ...shade }}
      data-testid="gantt-row"
      data-item-id={row.item.id}
      data-critical={row.item.critical}
    >
      {row.kind === 'milestone' ? (
        <button
          type="button"
          className={`gantt__milestone-button${selected ? ' is-selected' : ''}`}
          aria-pressed={selected}
          title="Show the driving path to this milestone"
          onClick={() =>
            onSelectMilestone(selectedMilestoneId === row.item.id ? undefined : row.item.id)
          }
        >
          <span className="gantt__diamond-icon" aria-hidden="true" />
          <span className="gantt__label-text">{row.item.name}</span>
        </button>
      ) : (
        <span className="gantt__label-text" title={row.item.name}>
          {row.item.name}
        </span>
      )}
    </div>
  );
}

function RowBars({
  row,
  y,
  x,
  baseline,
  onPath,
  dimmed,
  selectedMilestoneId,
  onSelectMilestone,
}: RowProps & {
  y: number;
  x(ms: number): number;
  baseline: ScheduleItem | undefined;
  dimmed: boolean;
}) {
  if (row.kind === 'group') {
    const x1 = x(row.start);
    const x2 = Math.max(x(row.finish), x1 + 2);
    const top = y + 11;
    return (
      <g className={`gantt__summary${dimmed ? ' is-dimmed' : ''}`}>
        <rect x={0} y={y} width="100%" height={ROW_HEIGHT} className="gantt__group-band" />
        <path
          d={`M${x1},${top} H${x2} V${top + 9} L${x2 - 5},${top + 5} H${x1 + 5} L${x1},${top + 9} Z`}
        />
      </g>
    );
  }
  const item = row.item;
  const es = x(localMs(item.earlyStart));
  const ef = x(localMs(item.earlyFinish));
  const lf = x(localMs(item.lateFinish));
  const mid = y + (baseline ? 12 : ROW_HEIGHT / 2);
  const classes = [
    'gantt__item',
    item.critical ? 'is-critical' : '',
    onPath ? 'is-path' : '',
    dimmed ? 'is-dimmed' : '',
  ].join(' ');
  const title = `${item.name}\n${item.earlyStart.slice(0, 10)} → ${item.earlyFinish.slice(0, 10)}${
    item.totalSlackMinutes > 0
      ? `\nFloat ${(item.totalSlackMinutes / 480).toFixed(1)} d`
      : '\nCritical'
  }`;
  let baselineMark = null;
  if (baseline) {
    const bs = x(localMs(baseline.earlyStart));
    const bf = x(localMs(baseline.earlyFinish));
    baselineMark =
      baseline.kind === 'milestone' ? (
        <path className="gantt__baseline" d={`M${bf},${y + 19} l4,4 l-4,4 l-4,-4 z`} />
      ) : (
        <rect
          className="gantt__baseline"
          x={bs}
          y={y + 22}
          width={Math.max(bf - bs, 2)}
          height={4}
          rx={1}
        />
      );
  }
  return (
    <g className={classes} data-testid={`bar-${item.id}`}>
      <title>{title}</title>
      {lf > ef + 0.5 ? (
        <g className="gantt__float">
          <line x1={ef} x2={lf} y1={mid} y2={mid} />
          <line x1={lf} x2={lf} y1={mid - 3} y2={mid + 3} />
        </g>
      ) : null}
      {item.kind === 'milestone' ? (
        <path
          className="gantt__diamond"
          d={`M${ef},${mid - 7} l7,7 l-7,7 l-7,-7 z`}
          onClick={() => onSelectMilestone(selectedMilestoneId === item.id ? undefined : item.id)}
        />
      ) : (
        <rect
          className="gantt__bar"
          x={es}
          y={mid - 7}
          width={Math.max(ef - es, 2)}
          height={14}
          rx={3}
        />
      )}
      {baselineMark}
    </g>
  );
}
