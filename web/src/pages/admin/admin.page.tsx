import { useState } from 'react';
import { Link } from 'react-router';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { FormAlert } from '../../components/form-alert';
import { useCurrentUser } from '../../session/session-context';
import { AccountLinkNotice } from './account-link-notice';
import { CredentialsPanel } from './credentials-panel';
import { InviteForm, type AccountLinkShown } from './invite-form';
import { UserRow, USER_COLUMNS } from './user-row';

/** The admin home: accounts (invite, role, deactivate, reset link, sessions and tokens) and the other admin pages. */
export function AdminPage() {
  const { user: me } = useCurrentUser();
  const users = useLoad(() => unwrap(api.GET('/api/users')), 'users');
  const [link, setLink] = useState<AccountLinkShown | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const isAdmin = me.role === 'admin';

  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>Admin</h1>
          <p className="page-header__lead">
            Accounts and roles, sessions and API tokens. Also:{' '}
            <Link to="/admin/backups">Backups</Link> · <Link to="/admin/audit">Audit log</Link>
          </p>
        </div>
      </header>
      {!isAdmin ? (
        <section className="card" aria-labelledby="own-title">
          <div className="card__header">
            <h2 id="own-title">Your sessions and API tokens</h2>
          </div>
          <p className="muted">Only an admin can change accounts.</p>
          <CredentialsPanel user={me} />
        </section>
      ) : null}
      {link ? <AccountLinkNotice link={link} onClose={() => setLink(null)} /> : null}
      {problem ? <FormAlert messages={[problem]} onReload={() => setProblem(null)} /> : null}
      {users.problem ? (
        <FormAlert messages={[users.problem.message]} onReload={users.reload} />
      ) : null}
      {isAdmin ? (
        <section className="card" aria-labelledby="invite-title">
          <div className="card__header">
            <h2 id="invite-title">Invite someone</h2>
          </div>
          <InviteForm
            onLink={(l) => {
              setLink(l);
              users.reload();
            }}
          />
        </section>
      ) : null}
      {isAdmin ? (
        <section className="card card--flush" aria-labelledby="accounts-title">
          <div className="card__header card__header--padded">
            <h2 id="accounts-title">Accounts</h2>
          </div>
          <div className="table-wrap">
            <table className="table" data-testid="users-table">
              <thead>
                <tr>
                  <th>Person</th>
                  <th>Role</th>
                  <th>State</th>
                  <th>Last sign-in</th>
                  <th>
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {users.data?.items.length === 0 ? (
                  <tr>
                    <td colSpan={USER_COLUMNS} className="empty muted">
                      No accounts.
                    </td>
                  </tr>
                ) : null}
                {users.data?.items.map((u) => (
                  <UserRow
                    key={u.id}
                    user={u}
                    isSelf={u.id === me.id}
                    onChanged={users.reload}
                    onLink={setLink}
                    onProblem={setProblem}
                  />
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </div>
  );
}
