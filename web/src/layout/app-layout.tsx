import { Suspense } from 'react';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { ROLE_LABEL } from '../api/vocabulary';
import { CAPABILITIES } from '../pages/coming-soon/capabilities';
import { Brand } from '../components/brand';
import { SearchBox } from '../pages/search/search-box';
import { useCurrentUser, useSession } from '../session/session-context';
import { NavIcon } from './nav-icon';
import { NotificationBell } from './notification-bell';

function initialsOf(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return (
    (
      (parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '')
    ).toUpperCase() || '?'
  );
}

/** The frame around every signed-in page: the sidebar with the product's parts and who is signed in. */
export function AppLayout() {
  const { user, canWrite } = useCurrentUser();
  const { signOut } = useSession();
  const navigate = useNavigate();

  async function handleSignOut() {
    await signOut();
    navigate('/sign-in', { replace: true });
  }

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <aside className="sidebar">
        <Brand />
        <nav aria-label="Main" className="nav">
          <ul>
            {CAPABILITIES.map((c) => (
              <li key={c.path}>
                <NavLink
                  to={c.path}
                  className={({ isActive }) => `nav__link${isActive ? ' nav__link--active' : ''}`}
                >
                  <NavIcon icon={c.icon} />
                  <span>{c.title}</span>
                  {c.ready ? null : <span className="nav__soon">Soon</span>}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="account" aria-label="Signed in as">
          <span className="account__avatar" aria-hidden="true">
            {initialsOf(user.name || user.email)}
          </span>
          <div className="account__who">
            <span className="account__name">{user.name || user.email}</span>
            <span className="account__role" data-testid="current-role">
              {ROLE_LABEL[user.role]}
              {canWrite ? '' : ' · read-only'}
            </span>
          </div>
          <button
            type="button"
            className="button button--ghost button--small account__sign-out"
            onClick={handleSignOut}
          >
            Sign out
          </button>
        </div>
      </aside>
      <header className="topbar">
        <SearchBox />
        <NotificationBell />
      </header>
      <main id="main" className="main" tabIndex={-1}>
        {/* Pages load as their own chunks; the navigation stays while one arrives. */}
        <Suspense fallback={<p className="muted">Loading…</p>}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
