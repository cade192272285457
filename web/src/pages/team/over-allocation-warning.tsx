import { formatDate } from '../../components/format';
import type { OverAllocationReport } from './team-types';

/**
 * The weeks an allocation would book a person beyond capacity, with the programs
 * behind them, and the two ways on: save anyway (recorded in the audit trail) or change it.
 */
export function OverAllocationWarning({
  report,
  busy,
  onConfirm,
  onChange,
}: {
  report: OverAllocationReport;
  busy: boolean;
  onConfirm(): void;
  onChange(): void;
}) {
  return (
    <div className="alert alert--warning" role="alert" data-testid="over-allocation-warning">
      <p>
        <b>This would over-allocate the person</b> in {report.weeks.length} week(s):
      </p>
      <ul>
        {report.weeks.slice(0, 8).map((w) => (
          <li key={w.weekStart}>
            week of {formatDate(w.weekStart)}:{' '}
            {w.loadPercent === null ? 'no capacity' : `${w.loadPercent}%`} ({w.loadHours} h of{' '}
            {w.capacityHours} h) — {w.programs.map((p) => p.programName).join(', ')}
          </li>
        ))}
      </ul>
      <div className="button-group">
        <button
          type="button"
          className="button button--danger button--small"
          disabled={busy}
          onClick={onConfirm}
        >
          Save anyway
        </button>
        <button type="button" className="button button--small" onClick={onChange}>
          Change it
        </button>
      </div>
    </div>
  );
}
