import type { BaselineComparison } from '../../api/types';
import { formatLocal, formatWorkDays } from './gantt-model';

const PRESENCE_LABEL = { both: '', added: 'Added', removed: 'Removed' } as const;

/** The chosen baseline against the current schedule, largest finish slip first. */
export function VarianceTable({ comparison }: { comparison: BaselineComparison }) {
  const changed = comparison.items.filter(
    (i) =>
      i.presence !== 'both' ||
      (i.finishVarianceMinutes ?? 0) !== 0 ||
      (i.startVarianceMinutes ?? 0) !== 0 ||
      (i.costVarianceHours ?? 0) !== 0,
  );
  const unchanged = comparison.items.length - changed.length;
  return (
    <section className="card" aria-label="Variance">
      <div className="card__header card__header--padded">
        <h2>
          Variance: {comparison.from.name} → {comparison.to.name}
        </h2>
        <span className="card__header-note">
          Program finish {formatWorkDays(comparison.finishVarianceMinutes)} · {unchanged} items
          unchanged
        </span>
      </div>
      {changed.length === 0 ? (
        <p className="empty">Nothing moved since this baseline was saved.</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th>Item</th>
                <th>Baseline finish</th>
                <th>Current finish</th>
                <th className="numeric">Finish</th>
                <th className="numeric">Start</th>
                <th className="numeric">Duration</th>
                <th className="numeric">Effort (h)</th>
              </tr>
            </thead>
            <tbody>
              {changed.map((i) => (
                <tr key={i.id} data-testid="variance-row" data-item-id={i.id}>
                  <td>
                    <span className="table__title">{i.name}</span>
                    <span className="table__sub">
                      {i.kind === 'milestone' ? 'Milestone' : 'Task'}
                      {PRESENCE_LABEL[i.presence] ? ` · ${PRESENCE_LABEL[i.presence]}` : ''}
                    </span>
                  </td>
                  <td>{formatLocal(i.fromFinish)}</td>
                  <td>{formatLocal(i.toFinish)}</td>
                  <td className={`numeric ${variantClass(i.finishVarianceMinutes)}`}>
                    {formatWorkDays(i.finishVarianceMinutes)}
                  </td>
                  <td className={`numeric ${variantClass(i.startVarianceMinutes)}`}>
                    {formatWorkDays(i.startVarianceMinutes)}
                  </td>
                  <td className="numeric">{formatWorkDays(i.durationVarianceMinutes)}</td>
                  <td className="numeric">
                    {i.costVarianceHours === null
                      ? '—'
                      : `${i.costVarianceHours > 0 ? '+' : ''}${i.costVarianceHours}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function variantClass(minutes: number | null): string {
  if (minutes === null || minutes === 0) return '';
  return minutes > 0 ? 'text-danger' : 'text-good';
}
