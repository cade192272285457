import { useState } from 'react';
import { Link } from 'react-router';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { FormAlert } from '../../components/form-alert';
import { formatDate } from '../../components/format';
import { SelectField } from '../../components/select-field';
import { HEALTH_WORD, type StatusReport } from './status-report-types';

const BUCKET_WORD = { completed: 'completed', slipped: 'slipped', upcoming: 'upcoming' } as const;
const bucketList = (b: readonly (keyof typeof BUCKET_WORD)[]) =>
  b.length ? b.map((x) => BUCKET_WORD[x]).join(', ') : 'not listed';
const day = (d: string | null) => (d ? formatDate(d) : 'none');

/** What differs between this report and another of the program: health, milestones, forecast, counts. */
export function ReportCompare({ report }: { report: StatusReport }) {
  const [againstId, setAgainstId] = useState('');
  const others = useLoad(
    () =>
      unwrap(
        api.GET('/api/programs/{id}/status-reports', {
          params: { path: { id: report.programId }, query: { limit: 100 } },
        }),
      ).then((r) => r.items.filter((o) => o.id !== report.id)),
    `compare-list:${report.id}`,
  );
  const diff = useLoad(
    () =>
      againstId
        ? unwrap(
            api.GET('/api/status-reports/{id}/diff', {
              params: { path: { id: report.id }, query: { against: againstId } },
            }),
          )
        : Promise.resolve(undefined),
    `compare:${report.id}:${againstId}`,
  );
  if (others.data && others.data.length === 0) return null;
  const d = diff.data;
  const moves = d
    ? [
        ...(d.health
          ? [`Health: ${HEALTH_WORD[d.health.from]} → ${HEALTH_WORD[d.health.to]}`]
          : []),
        ...(['p50', 'p80'] as const).flatMap((p) => {
          const m = d.forecast[p];
          return m ? [`${p.toUpperCase()} finish: ${day(m.from)} → ${day(m.to)}`] : [];
        }),
        ...d.milestoneDates.map((m) => `${m.name}: ${day(m.from)} → ${day(m.to)}`),
        ...d.milestoneBuckets.map((m) => `${m.name}: ${bucketList(m.from)} → ${bucketList(m.to)}`),
        ...d.counts.map((c) => `${c.name}: ${c.from} → ${c.to}`),
      ]
    : [];
  return (
    <section className="card report-section" aria-labelledby="compare-heading">
      <h2 id="compare-heading">Compare with another report</h2>
      <SelectField
        label="Report"
        name="against"
        value={againstId}
        onChange={setAgainstId}
        emptyLabel="Choose a report"
      >
        {(others.data ?? []).map((o) => (
          <option key={o.id} value={o.id}>
            {o.title}
            {o.status === 'draft' ? ' (draft)' : ''}
          </option>
        ))}
      </SelectField>
      {diff.problem ? <FormAlert messages={[diff.problem.message]} /> : null}
      {d ? (
        moves.length === 0 ? (
          <p className="muted">
            Nothing differs from <Link to={`/status-reports/${d.from.id}`}>{d.from.title}</Link>.
          </p>
        ) : (
          <>
            <p className="muted">
              From <Link to={`/status-reports/${d.from.id}`}>{d.from.title}</Link> to this report:
            </p>
            <ul data-testid="report-compare">
              {moves.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        )
      ) : null}
    </section>
  );
}
