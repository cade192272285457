import type { ForecastListItem } from '../../api/types';
import { formatForecastDate, formatPercent } from './forecast-format';
import { formatDate, formatInstant } from '../../components/format';

/** Every forecast of the program (or of the portfolio), newest first; choosing one shows its results. */
export function ForecastHistory({
  items,
  selectedId,
  onSelect,
}: {
  items: ForecastListItem[];
  selectedId: string | undefined;
  onSelect(id: string): void;
}) {
  if (items.length === 0) return <p className="empty">No forecast has been run yet.</p>;
  return (
    <div className="table-wrap">
      <table className="table" aria-label="Forecast history">
        <thead>
          <tr>
            <th>Run</th>
            <th>Status</th>
            <th className="numeric">Iterations</th>
            <th className="numeric">Seed</th>
            <th>P50</th>
            <th>P80</th>
            <th>Target</th>
            <th className="numeric">P(target)</th>
          </tr>
        </thead>
        <tbody>
          {items.map((f) => (
            <tr key={f.id} className={f.id === selectedId ? 'is-selected' : undefined}>
              <td>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onSelect(f.id)}
                  disabled={f.status !== 'succeeded'}
                >
                  {formatInstant(f.requestedAt)}
                </button>
              </td>
              <td>
                {f.status === 'failed' ? <span className="text-danger">failed</span> : f.status}
              </td>
              <td className="numeric">{f.iterations.toLocaleString()}</td>
              <td className="numeric">{f.seed}</td>
              <td>{formatForecastDate(f.p50, false)}</td>
              <td>{formatForecastDate(f.p80, false)}</td>
              <td>{formatDate(f.targetDate)}</td>
              <td className="numeric">{formatPercent(f.probabilityOfTarget)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
