import type { ScheduleItem } from '../../api/types';
import { localMs, type GanttRow } from './gantt-model';
import { formatDate } from '../../components/format';

/** Row height in pixels: fixed, so the Gantt can draw only the rows in view. */
export const ROW_HEIGHT = 30;

interface RowProps {
  row: GanttRow;
  onPath: boolean;
  selectedMilestoneId: string | undefined;
  onSelectMilestone(id: string | undefined): void;
}

export function RowLabel({
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

export function RowBars({
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
  const percent = item.percentComplete ?? 0;
  const classes = [
    'gantt__item',
    item.progress === 'done' ? 'is-done' : '',
    item.critical ? 'is-critical' : '',
    onPath ? 'is-path' : '',
    dimmed ? 'is-dimmed' : '',
  ].join(' ');
  const title = `${item.name}\n${formatDate(item.earlyStart)} → ${formatDate(item.earlyFinish)}${
    item.progress === 'done'
      ? '\nDone'
      : `${item.progress === 'in_progress' ? `\n${percent}% complete` : ''}${
          item.totalSlackMinutes > 0
            ? `\nFloat ${(item.totalSlackMinutes / 480).toFixed(1)} d`
            : item.totalSlackMinutes < 0
              ? `\nLate by ${(-item.totalSlackMinutes / 480).toFixed(1)} d`
              : '\nCritical'
        }`
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
        <>
          <rect
            className="gantt__bar"
            x={es}
            y={mid - 7}
            width={Math.max(ef - es, 2)}
            height={14}
            rx={3}
          />
          {percent > 0 ? (
            // The share of the work done, drawn inside the bar as MS Project does.
            <rect
              className="gantt__progress"
              data-testid={`progress-${item.id}`}
              data-percent={percent}
              x={es}
              y={mid - 2}
              width={Math.max(((ef - es) * percent) / 100, 1)}
              height={4}
            />
          ) : null}
        </>
      )}
      {baselineMark}
    </g>
  );
}
