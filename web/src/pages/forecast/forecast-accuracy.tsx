import { useMemo } from 'react';
import type { ForecastAccuracy } from '../../api/types';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { CHART_COLORS, EChart, type BarChartOption } from '../../components/echart';
import { formatForecastDate, formatPercent } from './forecast-format';

/**
 * Were past forecasts right? Calibration across every finished milestone and
 * program (a calibrated P80 is met 80% of the time), and this program's scored
 * forecasts.
 */
export function ForecastAccuracySection({ programId }: { programId: string }) {
  const all = useLoad(() => unwrap(api.GET('/api/forecast-accuracy', {})), 'accuracy:all');
  const own = useLoad(
    () => unwrap(api.GET('/api/forecast-accuracy', { params: { query: { programId } } })),
    `accuracy:${programId}`,
  );
  return (
    <section className="card forecast-card" aria-labelledby="accuracy-heading">
      <h2 id="accuracy-heading">Forecast accuracy</h2>
      {all.data && all.data.scored.length > 0 ? (
        <CalibrationChart report={all.data} />
      ) : (
        <p className="empty">
          No forecast has been scored yet: forecasts are scored when a milestone is achieved or a
          program completed after they were made.
        </p>
      )}
      {own.data && own.data.scored.length > 0 ? (
        <table className="table" aria-label="Scored forecasts of this program">
          <thead>
            <tr>
              <th>Made</th>
              <th>For</th>
              <th>P50</th>
              <th>P80</th>
              <th>Actual</th>
              <th className="numeric">P50 error</th>
              <th>Within P80</th>
            </tr>
          </thead>
          <tbody>
            {own.data.scored.map((s) => (
              <tr key={`${s.forecastId}:${s.itemId}`}>
                <td>{s.forecastOn}</td>
                <td>{s.itemName}</td>
                <td>{formatForecastDate(s.p50, false)}</td>
                <td>{formatForecastDate(s.p80, false)}</td>
                <td>{s.actual}</td>
                <td className="numeric">
                  {s.p50ErrorDays > 0 ? '+' : ''}
                  {s.p50ErrorDays} d
                </td>
                <td>{s.withinP80 ? 'yes' : <span className="text-danger">no</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

function CalibrationChart({ report }: { report: ForecastAccuracy }) {
  const option = useMemo<BarChartOption>(
    () => ({
      color: [CHART_COLORS.grey, CHART_COLORS.blue],
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: report.calibration.map((c) => `P${c.p}`) },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      series: [
        {
          name: 'Calibrated',
          type: 'bar',
          data: report.calibration.map((c) => c.p),
        },
        {
          name: 'Actuals at or before the P-date',
          type: 'bar',
          data: report.calibration.map((c) =>
            c.observed === null ? 0 : Math.round(c.observed * 1000) / 10,
          ),
        },
      ],
    }),
    [report],
  );
  const p80 = report.calibration.find((c) => c.p === 80);
  return (
    <EChart
      option={option}
      height={220}
      label={`Calibration over ${p80?.count ?? 0} scored forecasts: ${report.calibration.map((c) => `P${c.p} met ${formatPercent(c.observed)}`).join(', ')}`}
    />
  );
}
