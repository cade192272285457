import { useMemo } from 'react';
import { chartText } from '../../components/chart-text';
import { CHART_COLORS, EChart, type BarChartOption } from '../../components/echart';
import { formatInstant } from '../../components/format';
import { percent, type SurveyResults } from './survey-types';

type QuestionResult = SurveyResults['questions'][number];

/** How many chose each point of one scale question, as bars; the tooltip says it in words. */
function DistributionChart({ question }: { question: QuestionResult }) {
  const option = useMemo<BarChartOption>(
    () => ({
      grid: { left: 36, right: 12, top: 12, bottom: 28 },
      tooltip: {
        trigger: 'axis',
        formatter: (params: unknown) => {
          const [p] = params as { name: string; value: number }[];
          return p
            ? `${chartText(p.name)}: ${p.value} ${p.value === 1 ? 'answer' : 'answers'}`
            : '';
        },
      },
      xAxis: {
        type: 'category',
        data: question.distribution.map((d) => String(d.value)),
        axisLabel: { color: CHART_COLORS.muted },
      },
      yAxis: {
        type: 'value',
        minInterval: 1,
        splitLine: { lineStyle: { color: CHART_COLORS.line } },
        axisLabel: { color: CHART_COLORS.muted },
      },
      series: [
        {
          type: 'bar',
          data: question.distribution.map((d) => d.count),
          itemStyle: { color: CHART_COLORS.blue },
          barMaxWidth: 36,
        },
      ],
    }),
    [question],
  );
  const words = question.distribution.map((d) => `${d.value}: ${d.count}`).join(', ');
  return (
    <EChart
      option={option}
      label={`Bar chart of answers to ${question.id}: ${words}`}
      height={160}
    />
  );
}

/** Responses, the response rate, each question's distribution and mean, and the comments. */
export function SurveyResultsView({ results }: { results: SurveyResults }) {
  return (
    <section className="card" aria-label="Results" data-testid="survey-results">
      <div className="card__header">
        <h2>Results</h2>
      </div>
      <div className="stats">
        <div className="stat">
          <span className="stat__label">Responses</span>
          <span className="stat__value" data-testid="survey-responses">
            {results.responses}
          </span>
          <span className="stat__note">of {results.invited} invited</span>
        </div>
        <div className="stat">
          <span className="stat__label">Response rate</span>
          <span className="stat__value">{percent(results.responseRate)}</span>
          <span className="stat__note">
            {results.anonymous ? 'anonymous answers' : 'named answers'}
          </span>
        </div>
      </div>
      {results.responses === 0 ? (
        <p className="muted">No answers yet.</p>
      ) : (
        <div className="survey-results">
          {results.questions.map((q) => (
            <div key={q.id} className="survey-results__question">
              <h3>{q.text}</h3>
              {q.kind === 'scale' ? (
                <>
                  <p className="muted">
                    Mean {q.mean === null ? '—' : q.mean.toFixed(2)} from {q.answered}{' '}
                    {q.answered === 1 ? 'answer' : 'answers'}
                  </p>
                  <DistributionChart question={q} />
                </>
              ) : (
                <ul>
                  {q.texts.map((t, i) => (
                    <li key={i}>{t}</li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </div>
      )}
      {results.comments.length ? (
        <div className="survey-comments">
          <h3>Comments</h3>
          <ul>
            {results.comments.map((c, i) => (
              <li key={i}>
                <blockquote>{c.text}</blockquote>
                <span className="muted">
                  {formatInstant(c.submittedAt)}
                  {c.email ? ` · ${c.email}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
