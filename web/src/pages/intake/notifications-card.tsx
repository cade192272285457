import { Link } from 'react-router';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';

/** Unread in-app notifications (new requests, assignments, decisions, SLA breaches), newest first. */
export function NotificationsCard() {
  const notes = useLoad(() => unwrap(api.GET('/api/notifications')), 'notifications');
  const unread = (notes.data?.items ?? []).filter((n) => n.readAt === null).slice(0, 6);
  if (unread.length === 0) return null;
  async function markRead(id: string) {
    await unwrap(api.POST('/api/notifications/{id}/read', { params: { path: { id } } }));
    notes.reload();
  }
  return (
    <section className="card" aria-labelledby="notifications-title">
      <div className="card__header">
        <h2 id="notifications-title">For you</h2>
      </div>
      <ul className="notifications">
        {unread.map((n) => (
          <li key={n.id} className="notifications__item" data-kind={n.kind}>
            {n.requestId ? (
              <Link to={`/intake/requests/${n.requestId}`}>{n.message}</Link>
            ) : (
              <span>{n.message}</span>
            )}
            <button
              type="button"
              className="button button--ghost button--small"
              onClick={() => void markRead(n.id)}
            >
              Mark read
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
