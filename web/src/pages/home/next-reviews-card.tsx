import { Link } from 'react-router';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { formatDate } from '../../components/format';
import { useCurrentUser } from '../../session/session-context';

const SHOWN = 5;

/**
 * The next reviews I take part in (as a participant or the one who set it up), soonest
 * first, each with a link to its generated agenda.
 */
export function NextReviewsCard() {
  const { user } = useCurrentUser();
  const reviews = useLoad(() => unwrap(api.GET('/api/reviews')), 'reviews');
  const mine = (reviews.data?.items ?? [])
    .filter(
      (r) =>
        r.nextOccurrence !== null &&
        (r.participantIds.includes(user.id) || r.createdById === user.id),
    )
    .sort(
      (a, b) =>
        a.nextOccurrence!.localeCompare(b.nextOccurrence!) || a.title.localeCompare(b.title),
    );
  return (
    <section className="card home-card" aria-labelledby="next-reviews-title">
      <div className="card__header">
        <h2 id="next-reviews-title">
          Next reviews <span className="home-card__count">{mine.length}</span>
        </h2>
        <Link to="/reviews">All reviews</Link>
      </div>
      {reviews.problem ? <p role="alert">{reviews.problem.message}</p> : null}
      {reviews.data && mine.length === 0 ? (
        <p className="muted home-card__none">You take part in no coming review.</p>
      ) : (
        <ul className="home-list">
          {mine.slice(0, SHOWN).map((r) => (
            <li key={r.id} className="home-list__item">
              <Link to={`/reviews/${r.id}`}>{r.title}</Link>
              <span className="muted">
                {r.scope === 'portfolio' ? 'Portfolio' : r.programs.map((p) => p.name).join(', ')}
              </span>
              <span>
                {formatDate(r.nextOccurrence)}
                {r.time ? ` · ${r.time}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
