import { useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useLoad } from '../api/use-load';
import { api, unwrap } from '../api/waymark-api';
import { formatDatesIn, formatInstant } from '../components/format';
import './notification-bell.css';

/** How often the unread count is asked again while a page stays open. */
const POLL_MS = 60_000;

/**
 * The bell in the header: my unread count, and a panel of my latest notifications,
 * each a link to what it is about. Opening one marks it read; "Mark all read" clears.
 */
export function NotificationBell() {
  const location = useLocation();
  const [open, setOpen] = useState(false);
  const [tick, setTick] = useState(0);
  const notes = useLoad(
    () => unwrap(api.GET('/api/notifications', { params: { query: { limit: 15 } } })),
    `bell-${location.pathname}-${tick}`,
  );
  useEffect(() => {
    const timer = setInterval(() => setTick((t) => t + 1), POLL_MS);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => setOpen(false), [location.pathname]);
  const unread = notes.data?.unreadCount ?? 0;

  async function markRead(id: string) {
    await unwrap(api.POST('/api/notifications/{id}/read', { params: { path: { id } } }));
    notes.reload();
  }
  async function markAll() {
    await unwrap(api.POST('/api/notifications/read-all'));
    notes.reload();
  }

  return (
    <div className="bell">
      <button
        type="button"
        className="bell__button"
        aria-expanded={open}
        aria-controls="bell-panel"
        aria-label={unread ? `Notifications, ${unread} unread` : 'Notifications'}
        onClick={() => setOpen((o) => !o)}
      >
        <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
          <path
            d="M10 2.5a5 5 0 00-5 5v3l-1.5 3h13L15 10.5v-3a5 5 0 00-5-5zM8 15.5a2 2 0 004 0"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.6"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        {unread ? (
          <span className="bell__count" data-testid="bell-count">
            {unread > 99 ? '99+' : unread}
          </span>
        ) : null}
      </button>
      {open ? (
        <div id="bell-panel" className="bell__panel" role="region" aria-label="Notifications">
          <div className="bell__head">
            <strong>Notifications</strong>
            {unread ? (
              <button type="button" className="link-button" onClick={() => void markAll()}>
                Mark all read
              </button>
            ) : null}
          </div>
          {notes.data?.items.length ? (
            <ul className="bell__list">
              {notes.data.items.map((n) => (
                <li
                  key={n.id}
                  className={`bell__item${n.readAt ? '' : ' bell__item--unread'}`}
                  data-kind={n.kind}
                >
                  {n.link ? (
                    <Link to={n.link} onClick={() => void (n.readAt ? null : markRead(n.id))}>
                      {formatDatesIn(n.message)}
                    </Link>
                  ) : (
                    <span>{formatDatesIn(n.message)}</span>
                  )}
                  <span className="bell__when muted">{formatInstant(n.createdAt)}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted bell__empty">Nothing yet.</p>
          )}
        </div>
      ) : null}
    </div>
  );
}
