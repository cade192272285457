import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { Badge } from '../../components/badge';
import { FormAlert } from '../../components/form-alert';
import { formatDate, formatDatesIn } from '../../components/format';
import { useCurrentUser } from '../../session/session-context';
import { OutcomeForm } from './outcome-form';
import { AGENDA_KIND_LABEL, OUTCOME_KIND_LABEL, type AgendaItem } from './review-types';
import './reviews.css';

/** One review: when it meets next, and an occurrence's agenda with what was recorded. */
export function ReviewPage() {
  const { reviewId = '' } = useParams();
  const { canWrite } = useCurrentUser();
  const [date, setDate] = useState<string | null>(null);
  const [recording, setRecording] = useState<string | null>(null);
  const review = useLoad(
    () => unwrap(api.GET('/api/reviews/{id}', { params: { path: { id: reviewId } } })),
    `review:${reviewId}`,
  );
  const occurrences = useLoad(
    () =>
      unwrap(
        api.GET('/api/reviews/{id}/occurrences', {
          params: { path: { id: reviewId }, query: { limit: 8 } },
        }),
      ),
    `review-occurrences:${reviewId}`,
  );
  const agenda = useLoad(
    () =>
      unwrap(
        api.GET('/api/reviews/{id}/agenda', {
          params: { path: { id: reviewId }, query: date ? { date } : {} },
        }),
      ),
    `review-agenda:${reviewId}:${date ?? 'next'}`,
  );
  const groups = new Map<AgendaItem['kind'], AgendaItem[]>();
  for (const item of agenda.data?.items ?? [])
    groups.set(item.kind, [...(groups.get(item.kind) ?? []), item]);

  return (
    <div className="page" data-testid="review-page">
      <header className="page-header">
        <div>
          <p className="muted">
            <Link to="/reviews">Reviews</Link>
          </p>
          <h1>{review.data?.title ?? 'Review'}</h1>
          {review.data ? (
            <p className="page-header__lead">
              {review.data.scope === 'portfolio'
                ? 'The whole portfolio'
                : review.data.programs.map((p) => p.name).join(', ')}
              {' · '}
              <span title={review.data.recurrence ?? undefined}>{review.data.recurrenceText}</span>
              {review.data.time ? ` at ${review.data.time}` : ''} ({review.data.timeZone})
            </p>
          ) : null}
        </div>
      </header>
      {review.problem ? <FormAlert messages={[review.problem.message]} /> : null}
      <section className="card" aria-labelledby="occurrences-title">
        <h2 id="occurrences-title">Next occurrences</h2>
        <ul className="review-occurrences">
          {(occurrences.data?.items ?? []).map((day) => (
            <li key={day}>
              <button
                type="button"
                className={`button button--small${day === agenda.data?.date ? ' button--primary' : ''}`}
                aria-pressed={day === agenda.data?.date}
                onClick={() => setDate(day)}
              >
                {formatDate(day)}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section className="card card--flush" aria-labelledby="agenda-title" data-testid="agenda">
        <div className="card__header card__header--padded">
          <h2 id="agenda-title">
            Agenda{agenda.data ? ` of ${formatDate(agenda.data.date)}` : ''}
          </h2>
        </div>
        {agenda.problem ? (
          <FormAlert messages={[agenda.problem.message]} onReload={agenda.reload} />
        ) : null}
        {agenda.data && agenda.data.items.length === 0 ? (
          <p className="empty muted">Nothing on the agenda: no slips, waits or overloads.</p>
        ) : null}
        {[...groups].map(([kind, items]) => (
          <div className="agenda-group" key={kind} data-testid={`agenda-${kind}`}>
            <h3>{AGENDA_KIND_LABEL[kind]}</h3>
            <ul className="agenda-items">
              {items.map((item) => (
                <li className="agenda-item" key={item.key} data-testid="agenda-item">
                  <div className="agenda-item__head">
                    <Link to={item.link}>{item.title}</Link>
                    {item.programName ? <span className="muted">{item.programName}</span> : null}
                    {item.carriedOverFrom ? (
                      <Badge tone="amber">
                        Carried over from {formatDate(item.carriedOverFrom)}
                      </Badge>
                    ) : null}
                    {canWrite && recording !== item.key ? (
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => setRecording(item.key)}
                      >
                        + Outcome
                      </button>
                    ) : null}
                  </div>
                  <p className="agenda-item__detail muted">{formatDatesIn(item.detail)}</p>
                  {item.outcomes.length > 0 ? (
                    <ul className="agenda-outcomes">
                      {item.outcomes.map((o) => (
                        <li key={o.id}>
                          <strong>{OUTCOME_KIND_LABEL[o.kind]}</strong>
                          {o.resolved ? ' (resolved)' : ''}: {o.text}
                          {o.decisionId ? ' — in the decision log' : ''}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  {recording === item.key && agenda.data ? (
                    <OutcomeForm
                      reviewId={reviewId}
                      date={agenda.data.date}
                      item={item}
                      onCancel={() => setRecording(null)}
                      onSaved={() => {
                        setRecording(null);
                        agenda.reload();
                      }}
                    />
                  ) : null}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
    </div>
  );
}
