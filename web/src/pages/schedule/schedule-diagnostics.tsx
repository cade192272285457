import { Link } from 'react-router';
import type { ProgramSchedule } from '../../api/types';

const TITLE: Record<string, string> = {
  deadline_missed: 'Deadline missed',
  constraint_conflict: 'Constraint earlier than its predecessors allow',
  dependency_cycle: 'Dependency cycle',
};

/**
 * Everything the scheduler had to say, warnings included, each naming its
 * items with a link to them on the program page.
 */
export function ScheduleDiagnostics({
  programId,
  diagnostics,
}: {
  programId: string;
  diagnostics: ProgramSchedule['diagnostics'];
}) {
  if (diagnostics.length === 0) return null;
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return (
    <section
      className={`card schedule-diagnostics ${errors ? 'alert alert--error' : 'notice'}`}
      aria-labelledby="schedule-diagnostics-title"
      data-testid="schedule-diagnostics"
    >
      <h2 id="schedule-diagnostics-title" className="card__title">
        {errors ? `${errors} error${errors === 1 ? '' : 's'}, ` : ''}
        {diagnostics.length - errors} warning{diagnostics.length - errors === 1 ? '' : 's'}
      </h2>
      <ul>
        {diagnostics.map((d, i) => (
          <li key={`${d.code}-${i}`} data-testid="schedule-diagnostic" data-code={d.code}>
            <strong>{TITLE[d.code] ?? d.code.replaceAll('_', ' ')}</strong>
            {d.itemIds.length ? ': ' : ''}
            {d.itemIds.map((id, k) => (
              <span key={id}>
                {k > 0 ? ', ' : ''}
                <Link to={`/programs/${programId}#item-${id}`}>{d.itemNames?.[k] ?? id}</Link>
              </span>
            ))}
            <div className="muted">{d.message}</div>
          </li>
        ))}
      </ul>
    </section>
  );
}
