import { formatDate } from '../../components/format';
import type { ReportMilestone, StatusReport } from './status-report-types';

function MilestoneTable({
  title,
  items,
  label,
}: {
  title: string;
  items: ReportMilestone[];
  label: string;
}) {
  return (
    <div>
      <h3>{title}</h3>
      {items.length === 0 ? (
        <p className="empty">None.</p>
      ) : (
        <table className="table" aria-label={label}>
          <thead>
            <tr>
              <th>Milestone</th>
              <th>Date</th>
              <th>Was</th>
              <th>Slip</th>
            </tr>
          </thead>
          <tbody>
            {items.map((m) => (
              <tr key={m.id}>
                <td>{m.name}</td>
                <td>{formatDate(m.date)}</td>
                <td>{m.previousDate ? formatDate(m.previousDate) : ''}</td>
                <td>{m.slipWorkingDays ? `${m.slipWorkingDays} working days` : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** The milestones in their three buckets. */
export function MilestoneBuckets({ report }: { report: StatusReport }) {
  const m = report.facts.milestones;
  return (
    <section className="card report-section" aria-labelledby="milestones-heading">
      <h2 id="milestones-heading">Milestones</h2>
      <div className="report-grid">
        <MilestoneTable title="Completed" items={m.completed} label="Completed milestones" />
        <MilestoneTable title="Slipped" items={m.slipped} label="Slipped milestones" />
        <MilestoneTable title="Upcoming" items={m.upcoming} label="Upcoming milestones" />
      </div>
    </section>
  );
}

/** What changed since the last published report, one list per kind. */
export function ReportChanges({ report }: { report: StatusReport }) {
  const c = report.facts.changes;
  const lists: [string, string[]][] = [
    ['Joined the critical path', c.criticalPath.joined.map((i) => i.name)],
    ['Left the critical path', c.criticalPath.left.map((i) => i.name)],
    ['New risks', c.risks.opened.map((r) => r.title)],
    ['Risks changed', c.risks.changed.map((r) => `${r.title}: ${r.from} → ${r.to}`)],
    ['Risks closed', c.risks.closed.map((r) => r.title)],
    ['Issues opened', c.issues.opened.map((i) => `${i.title} (${i.severity})`)],
    ['Issues closed', c.issues.closed.map((i) => i.title)],
    ['Decisions', c.decisions.map((d) => `${d.title} (${formatDate(d.decidedOn)})`)],
    [
      'Change requests decided',
      c.changeRequests.map((r) => `CR-${r.number} ${r.title}: ${r.status}`),
    ],
    ['Added to the plan', c.scope.added.map((i) => i.name)],
    ['Removed from the plan', c.scope.removed.map((i) => i.name)],
  ];
  const shown = lists.filter(([, items]) => items.length > 0);
  return (
    <section className="card report-section" aria-labelledby="changes-heading">
      <h2 id="changes-heading">What changed</h2>
      {shown.length === 0 ? <p className="empty">Nothing changed since the last report.</p> : null}
      {shown.map(([title, items]) => (
        <div key={title}>
          <h3>{title}</h3>
          <ul className="report-reasons">
            {items.map((text, i) => (
              <li key={`${i}-${text}`}>{text}</li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
