import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { Badge } from '../../components/badge';
import { HEALTH_TONE, TASK_STATE_TONE } from '../../components/badge-tones';
import { formatDate } from '../../components/format';

/** One card of "my work": a title with the count, the first items, or a line saying there are none. */
function WorkCard({
  id,
  title,
  total,
  shown,
  none,
  children,
}: {
  id: string;
  title: string;
  total: number;
  shown: number;
  none: string;
  children: ReactNode;
}) {
  return (
    <section className="card home-card" aria-labelledby={`${id}-title`}>
      <div className="card__header">
        <h2 id={`${id}-title`}>
          {title} <span className="home-card__count">{total}</span>
        </h2>
        {total > shown ? <span className="muted">first {shown} shown</span> : null}
      </div>
      {total === 0 ? <p className="muted home-card__none">{none}</p> : children}
    </section>
  );
}

/** A due date, with "late" beside it when it has passed. */
function Due({ date, overdue }: { date: string | null; overdue: boolean }) {
  if (!date) return <span className="muted">No date</span>;
  return (
    <span className={overdue ? 'home-card__late' : undefined}>
      {formatDate(date)}
      {overdue ? ' · late' : ''}
    </span>
  );
}

/**
 * The home page's "my work" cards, from one call: my open tasks, the requests waiting on
 * me, the decisions I am asked for, and the programs I own with their health.
 */
export function MyWorkCards() {
  const work = useLoad(() => unwrap(api.GET('/api/me/work')), 'your work');
  if (work.problem) return <p role="alert">{work.problem.message}</p>;
  const data = work.data;
  if (!data) return <p className="muted">Loading your work…</p>;
  return (
    <>
      <WorkCard
        id="my-tasks"
        title="My tasks"
        total={data.tasks.total}
        shown={data.tasks.items.length}
        none="No open task is yours."
      >
        <ul className="home-list">
          {data.tasks.items.map((t) => (
            <li key={t.id} className="home-list__item">
              <Link to={`/programs/${t.programId}/schedule`}>{t.name}</Link>
              <span className="muted">{t.programName}</span>
              <Badge tone={TASK_STATE_TONE[t.state]}>{t.state.replace('_', ' ')}</Badge>
              <Due date={t.dueDate} overdue={t.overdue} />
            </li>
          ))}
        </ul>
      </WorkCard>
      <WorkCard
        id="my-requests"
        title="Requests waiting on me"
        total={data.requests.total}
        shown={data.requests.items.length}
        none="No request waits on you."
      >
        <ul className="home-list">
          {data.requests.items.map((r) => (
            <li key={r.id} className="home-list__item">
              <Link to={`/intake/requests/${r.id}`}>
                #{r.number} {r.title}
              </Link>
              <span className="muted">{r.state}</span>
            </li>
          ))}
        </ul>
      </WorkCard>
      <WorkCard
        id="decisions-needed"
        title="Decisions needed"
        total={data.decisionsNeeded.total}
        shown={data.decisionsNeeded.items.length}
        none="No decision waits on you."
      >
        <ul className="home-list">
          {data.decisionsNeeded.items.map((d) => (
            <li key={d.id} className="home-list__item">
              <Link to={d.programId ? `/programs/${d.programId}/governance` : '/governance'}>
                {d.title}
              </Link>
              <span className="muted">{d.programName ?? 'Portfolio'}</span>
              <Due date={d.neededBy} overdue={d.overdue} />
            </li>
          ))}
        </ul>
      </WorkCard>
      <WorkCard
        id="my-programs"
        title="Programs I own"
        total={data.programs.total}
        shown={data.programs.items.length}
        none="You own no active program."
      >
        <ul className="home-list">
          {data.programs.items.map((p) => (
            <li key={p.id} className="home-list__item">
              <Link to={`/programs/${p.id}`}>{p.name}</Link>
              <Badge tone={HEALTH_TONE[p.health]} dot>
                {p.health}
              </Badge>
              <span className="muted">
                {p.targetDate ? `Target ${formatDate(p.targetDate)}` : 'No target date'}
              </span>
            </li>
          ))}
        </ul>
      </WorkCard>
    </>
  );
}
