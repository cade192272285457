import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import type { User } from '../../api/types';
import { FormAlert } from '../../components/form-alert';
import { formatInstant } from '../../components/format';

/** One person's signed-in sessions and API tokens, each revocable. */
export function CredentialsPanel({ user }: { user: User }) {
  const path = { params: { path: { id: user.id } } };
  const sessions = useLoad(() => unwrap(api.GET('/api/users/{id}/sessions', path)), user.id);
  const tokens = useLoad(() => unwrap(api.GET('/api/users/{id}/tokens', path)), user.id);

  async function revokeSession(sessionId: string) {
    await unwrap(
      api.DELETE('/api/users/{id}/sessions/{sessionId}', {
        params: { path: { id: user.id, sessionId } },
      }),
    ).catch(() => undefined);
    sessions.reload();
  }
  async function revokeToken(tokenId: string) {
    await unwrap(
      api.DELETE('/api/users/{id}/tokens/{tokenId}', {
        params: { path: { id: user.id, tokenId } },
      }),
    ).catch(() => undefined);
    tokens.reload();
  }
  const liveTokens = (tokens.data?.items ?? []).filter((t) => !t.revokedAt);

  return (
    <div className="credentials" data-testid={`credentials-${user.email}`}>
      {sessions.problem ? <FormAlert messages={[sessions.problem.message]} /> : null}
      <h3>Sessions</h3>
      {sessions.data?.items.length === 0 ? <p className="muted">No signed-in sessions.</p> : null}
      <ul className="credentials__list">
        {sessions.data?.items.map((s) => (
          <li key={s.id}>
            Since {formatInstant(s.createdAt)}
            {s.current ? ' (this browser)' : ''}{' '}
            <span className="muted">{s.userAgent.slice(0, 60)}</span>{' '}
            <button
              type="button"
              className="button button--small button--quiet-danger"
              onClick={() => revokeSession(s.id)}
            >
              Revoke
            </button>
          </li>
        ))}
      </ul>
      <h3>API tokens</h3>
      {tokens.data && liveTokens.length === 0 ? <p className="muted">No live API tokens.</p> : null}
      <ul className="credentials__list">
        {liveTokens.map((t) => (
          <li key={t.id}>
            <code>{t.prefix}…</code> {t.name}, {t.scope}, expires {formatInstant(t.expiresAt)}{' '}
            <button
              type="button"
              className="button button--small button--quiet-danger"
              onClick={() => revokeToken(t.id)}
            >
              Revoke
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
