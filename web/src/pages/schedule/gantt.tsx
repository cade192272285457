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
  formatLocal,
  localMs,
  nowLocalMs,
  PX_PER_DAY,
  type GanttRow,
  type Zoom,
} from './gantt-model';
import { RowBars, RowLabel, ROW_HEIGHT } from './gantt-row';

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
  /** YYYY-MM-DD: work before it is reported, after it is the plan. */
  statusDate?: string | undefined;
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
      // Work reported before the program's planned start is still drawn.
      lo = Math.min(lo, localMs(row.item.earlyStart));
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
  const status = props.statusDate ? localMs(`${props.statusDate}T00:00:00`) : undefined;
  const statusX = status !== undefined && status >= from && status <= to ? x(status) : undefined;

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
            {statusX !== undefined ? (
              <g className="gantt__status" data-testid="status-date-line">
                {/* Named by the legend; a label in the axis would sit on the month names. */}
                <title>{`Status date ${formatLocal(`${props.statusDate ?? ''}T00:00:00`)}`}</title>
                <line x1={statusX} x2={statusX} y1={0} y2={height} />
              </g>
            ) : null}
          </svg>
        </div>
      </div>
    </div>
  );
}
