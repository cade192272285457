import type { CareerLevel, Competency, PersonAssessments } from './team-types';

const RATING = ['', 'Not yet', 'Partly', 'Meets', 'Exceeds'];
const RATING_TONE = ['', 'red', 'amber', 'green', 'green'];

/** The levels of the person's path with theirs marked, and how they were assessed against the next one. */
export function LadderPosition({
  levels,
  competencies,
  assessments,
}: {
  levels: CareerLevel[];
  competencies: Competency[];
  assessments: PersonAssessments;
}) {
  const current = levels.find((l) => l.id === assessments.currentLevelId);
  if (!current) return <p className="muted">Not on the career ladder.</p>;
  const path = levels.filter((l) => l.path === current.path);
  const next = levels.find((l) => l.id === assessments.nextLevelId);
  const r = assessments.readiness;
  const rating = (competencyId: string, kind: 'self' | 'manager') =>
    assessments.items.find(
      (a) => a.competencyId === competencyId && a.levelId === next?.id && a.kind === kind,
    );
  return (
    <div className="ladder-position">
      <ol className="ladder-steps" aria-label="Levels on this path">
        {path.map((l) => (
          <li
            key={l.id}
            className={`ladder-steps__step${l.id === current.id ? ' ladder-steps__step--current' : ''}${l.id === next?.id ? ' ladder-steps__step--next' : ''}`}
          >
            <span className="ladder-steps__grade">{l.grade}</span>
            <span>{l.name}</span>
          </li>
        ))}
      </ol>
      {next ? (
        <>
          <p>
            Toward <b>{next.name}</b>: manager rated {r.metByManager} of {r.competencyCount}{' '}
            competencies as met (self: {r.metBySelf}).{' '}
            {r.ready ? <span className="badge badge--green">Ready for promotion</span> : null}
          </p>
          <table className="table table--compact">
            <thead>
              <tr>
                <th>Competency</th>
                <th>Self</th>
                <th>Manager</th>
                <th>Evidence</th>
              </tr>
            </thead>
            <tbody>
              {competencies.map((c) => {
                const self = rating(c.id, 'self');
                const manager = rating(c.id, 'manager');
                const evidence = [
                  ...new Set([...(self?.evidenceUrls ?? []), ...(manager?.evidenceUrls ?? [])]),
                ];
                return (
                  <tr key={c.id}>
                    <td>{c.name}</td>
                    {[self, manager].map((a, i) => (
                      <td key={i}>
                        {a ? (
                          <span className={`badge badge--${RATING_TONE[a.rating]}`}>
                            {RATING[a.rating]}
                          </span>
                        ) : (
                          '—'
                        )}
                      </td>
                    ))}
                    <td className="evidence-links">
                      {evidence.map((u) => (
                        <a key={u} href={u} target="_blank" rel="noreferrer">
                          {new URL(u).pathname.split('/').pop() || 'evidence'}
                        </a>
                      ))}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      ) : (
        <p className="muted">At the top of this path.</p>
      )}
    </div>
  );
}
