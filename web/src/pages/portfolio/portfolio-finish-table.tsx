import { Link } from 'react-router';
import type { ProgramFinishForecast } from '../../api/types';
import { formatForecastDate, formatPercent } from '../forecast/forecast-format';

/**
 * The same numbers as the chart, one row per program, linked to its own
 * forecast; with a target date, the chance each program is done by it.
 */
export function PortfolioFinishTable({
  programs,
  targetDate,
}: {
  programs: ProgramFinishForecast[];
  targetDate: string | null;
}) {
  return (
    <div className="table-wrap">
      <table className="table" aria-label="Program finish dates">
        <thead>
          <tr>
            <th>Program</th>
            <th>P50</th>
            <th>P80</th>
            <th>P95</th>
            {targetDate ? (
              <th className="numeric">By {formatForecastDate(`${targetDate}T17:00:00`, false)}</th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {programs.map((p) => (
            <tr key={p.programId}>
              <td>
                <Link to={`/programs/${p.programId}/forecast`}>{p.name}</Link>
              </td>
              <td>{formatForecastDate(p.p50)}</td>
              <td>{formatForecastDate(p.p80)}</td>
              <td>{formatForecastDate(p.p95)}</td>
              {targetDate ? (
                <td className="numeric">{formatPercent(p.probabilityOfTarget ?? null)}</td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
