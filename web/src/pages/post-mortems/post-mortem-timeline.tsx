import { formatInstant } from '../../components/format';
import { PostMortemTimelineChart } from './post-mortem-timeline-chart';
import { KIND_LABEL, type PostMortemTimeline } from './post-mortem-types';

/** What happened to the program, as a chart and as a vertical list, oldest first. */
export function PostMortemTimelineCard({ timeline }: { timeline: PostMortemTimeline }) {
  return (
    <section className="card" aria-labelledby="timeline-heading">
      <div className="card__header card__header--padded">
        <h2 id="timeline-heading">Timeline</h2>
        <span className="card__header-note">
          {timeline.snapshot
            ? 'As it stood when the post-mortem was published.'
            : 'Live from the program’s history; stored when the post-mortem is published.'}
        </span>
      </div>
      <div className="card__body">
        {timeline.events.length === 0 ? (
          <p className="empty">Nothing has happened to the program yet.</p>
        ) : (
          <>
            <PostMortemTimelineChart events={timeline.events} />
            <ol className="post-mortem-timeline" aria-label="Timeline events">
              {timeline.events.map((e, i) => (
                <li key={`${e.kind}-${e.subjectId}-${i}`} className="post-mortem-timeline__event">
                  <div className="post-mortem-timeline__when">
                    {formatInstant(e.at)} · {KIND_LABEL[e.kind]}
                  </div>
                  <div className="post-mortem-timeline__title">{e.title}</div>
                  {e.detail ? <div className="muted">{e.detail}</div> : null}
                </li>
              ))}
            </ol>
          </>
        )}
      </div>
    </section>
  );
}
