import { Link } from 'react-router';
import type { PersonSummary } from './team-types';

function Branch({
  person,
  reports,
}: {
  person: PersonSummary;
  reports: Map<string, PersonSummary[]>;
}) {
  const below = reports.get(person.id) ?? [];
  return (
    <li>
      <Link to={`/team/people/${person.id}`} className="org__node">
        <span className="org__name">{person.name}</span>
        <span className="org__title">
          {person.levelName ? `${person.levelName} · grade ${person.grade}` : person.title}
        </span>
      </Link>
      {below.length ? (
        <ul>
          {below.map((p) => (
            <Branch key={p.id} person={p} reports={reports} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** Reporting lines as an indented tree from the people without a manager in the list. */
export function OrgChart({ people }: { people: PersonSummary[] }) {
  const ids = new Set(people.map((p) => p.id));
  const reports = new Map<string, PersonSummary[]>();
  for (const p of people)
    if (p.managerId && ids.has(p.managerId))
      reports.set(p.managerId, [...(reports.get(p.managerId) ?? []), p]);
  // Tops of the tree: no manager in the list, and on the ladder or managing someone.
  const withReports = people.filter(
    (p) => !(p.managerId && ids.has(p.managerId)) && (p.levelId || reports.has(p.id)),
  );
  return (
    <ul className="org" aria-label="Reporting lines">
      {withReports.map((p) => (
        <Branch key={p.id} person={p} reports={reports} />
      ))}
    </ul>
  );
}
