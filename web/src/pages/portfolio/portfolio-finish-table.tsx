import { Link } from 'react-router';
import type { ProgramFinishForecast } from '../../api/types';
import { formatForecastDate } from '../forecast/forecast-format';

/** The same numbers as the chart, one row per program, linked to its own forecast. */
export function PortfolioFinishTable({ programs }: { programs: ProgramFinishForecast[] }) {
  return (
    <div className="table-wrap">
      <table className="table" aria-label="Program finish dates">
        <thead>
          <tr>
            <th>Program</th>
            <th>P50</th>
            <th>P80</th>
            <th>P95</th>
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
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
