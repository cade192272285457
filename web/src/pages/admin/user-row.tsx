import { useState } from 'react';
import { api, asProblem, unwrap } from '../../api/waymark-api';
import type { Role, User } from '../../api/types';
import { ROLE_LABEL } from '../../api/vocabulary';
import { Badge } from '../../components/badge';
import { formatInstant } from '../../components/format';
import { CredentialsPanel } from './credentials-panel';
import type { AccountLinkShown } from './invite-form';

const ROLES = Object.keys(ROLE_LABEL) as Role[];
export const USER_COLUMNS = 5;

interface UserRowProps {
  user: User;
  isSelf: boolean;
  onChanged(): void;
  onLink(link: AccountLinkShown): void;
  onProblem(message: string): void;
}

/** One account: its role (changeable), state, last sign-in and what an admin can do to it. */
export function UserRow({ user, isSelf, onChanged, onLink, onProblem }: UserRowProps) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const path = { params: { path: { id: user.id } } };

  async function act(send: () => Promise<void>) {
    setBusy(true);
    try {
      await send();
      onChanged();
    } catch (error) {
      onProblem(asProblem(error).message);
    } finally {
      setBusy(false);
    }
  }
  const update = (body: { role?: Role; active?: boolean }) =>
    act(async () => {
      await unwrap(
        api.PATCH('/api/users/{id}', { ...path, body: { ...body, version: user.version } }),
      );
    });
  const resetLink = () =>
    act(async () => {
      const link = await unwrap(api.POST('/api/users/{id}/password-reset', path));
      onLink({ ...link, who: user.name });
    });

  // Never signed in and not active: invited and not accepted yet (or deactivated before that).
  const invited = !user.active && user.lastSignInAt === null;
  const reinvite = () =>
    act(async () => {
      const link = await unwrap(
        api.POST('/api/users/invitations', {
          body: { email: user.email, name: user.name, role: user.role },
        }),
      );
      onLink({ ...link, who: user.name });
    });
  const state = user.active ? (
    <Badge tone="green">Active</Badge>
  ) : invited ? (
    <Badge tone="amber">Invited</Badge>
  ) : (
    <Badge tone="muted">Deactivated</Badge>
  );

  return (
    <>
      <tr data-user={user.email}>
        <td className="table__primary">
          <span className="table__title">{user.name}</span>
          <span className="table__sub muted">{user.email}</span>
        </td>
        <td>
          <select
            className="user-role"
            aria-label={`Role of ${user.name}`}
            value={user.role}
            disabled={busy || isSelf}
            onChange={(e) => update({ role: e.target.value as Role })}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABEL[r]}
              </option>
            ))}
          </select>
        </td>
        <td>{state}</td>
        <td className="nowrap">{user.lastSignInAt ? formatInstant(user.lastSignInAt) : 'Never'}</td>
        <td className="table__actions user-actions">
          {invited ? (
            <button
              type="button"
              className="button button--small"
              disabled={busy}
              onClick={reinvite}
            >
              New invitation link
            </button>
          ) : null}
          {isSelf || invited ? null : user.active ? (
            <button
              type="button"
              className="button button--small button--quiet-danger"
              disabled={busy}
              onClick={() => update({ active: false })}
            >
              Deactivate
            </button>
          ) : (
            <button
              type="button"
              className="button button--small"
              disabled={busy}
              onClick={() => update({ active: true })}
            >
              Reactivate
            </button>
          )}{' '}
          {user.active ? (
            <button
              type="button"
              className="button button--small"
              disabled={busy}
              onClick={resetLink}
            >
              Reset link
            </button>
          ) : null}{' '}
          <button
            type="button"
            className="button button--small button--ghost"
            aria-expanded={open}
            onClick={() => setOpen(!open)}
          >
            Sessions & tokens
          </button>
        </td>
      </tr>
      {open ? (
        <tr>
          <td colSpan={USER_COLUMNS}>
            <CredentialsPanel user={user} />
          </td>
        </tr>
      ) : null}
    </>
  );
}
