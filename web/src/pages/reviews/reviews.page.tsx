import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { FormAlert } from '../../components/form-alert';
import { formatDate } from '../../components/format';
import { useCurrentUser } from '../../session/session-context';
import { ReviewForm } from './review-form';
import './reviews.css';

/** Every review the reader can see, and a form to set up a new one. */
export function ReviewsPage() {
  const { canWrite } = useCurrentUser();
  const navigate = useNavigate();
  const reviews = useLoad(() => unwrap(api.GET('/api/reviews')), 'reviews');
  const [adding, setAdding] = useState(false);

  return (
    <div className="page" data-testid="reviews-page">
      <header className="page-header">
        <div>
          <h1>Reviews</h1>
          <p className="page-header__lead">
            Recurring reviews of programs or of the whole portfolio, with agendas drawn from the
            plans: slipped milestones, decisions and change requests waiting, risks due, people
            over-allocated.
          </p>
        </div>
      </header>
      <section className="card card--flush" aria-labelledby="reviews-title">
        <div className="card__header card__header--padded">
          <h2 id="reviews-title">Reviews</h2>
          {canWrite && !adding ? (
            <button
              type="button"
              className="button button--primary button--small"
              onClick={() => setAdding(true)}
            >
              + Review
            </button>
          ) : null}
        </div>
        {adding ? (
          <ReviewForm
            onCancel={() => setAdding(false)}
            onSaved={(review) => navigate(`/reviews/${review.id}`)}
          />
        ) : null}
        {reviews.problem ? (
          <FormAlert messages={[reviews.problem.message]} onReload={reviews.reload} />
        ) : null}
        {reviews.data ? (
          <div className="table-wrap">
            <table className="table" data-testid="reviews-table">
              <thead>
                <tr>
                  <th>Review</th>
                  <th>Programs</th>
                  <th>Repeats</th>
                  <th>Next</th>
                </tr>
              </thead>
              <tbody>
                {reviews.data.items.length === 0 ? (
                  <tr>
                    <td colSpan={4} className="empty muted">
                      No reviews yet.
                    </td>
                  </tr>
                ) : null}
                {reviews.data.items.map((r) => (
                  <tr key={r.id}>
                    <td>
                      <Link to={`/reviews/${r.id}`}>{r.title}</Link>
                    </td>
                    <td>
                      {r.scope === 'portfolio'
                        ? 'The whole portfolio'
                        : r.programs.map((p) => p.name).join(', ')}
                    </td>
                    <td>
                      <span title={r.recurrence ?? undefined}>{r.recurrenceText}</span>
                    </td>
                    <td>{r.nextOccurrence ? formatDate(r.nextOccurrence) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : reviews.problem ? null : (
          <p className="empty muted" role="status">
            Loading…
          </p>
        )}
      </section>
    </div>
  );
}
