import { NavLink } from 'react-router';

const TABS = [
  { to: '/team', label: 'Directory', end: true },
  { to: '/team/teams', label: 'Teams', end: false },
  { to: '/team/capacity', label: 'Capacity', end: false },
  { to: '/team/ladder', label: 'Career ladder', end: false },
  { to: '/team/headcount', label: 'Headcount', end: false },
];

/** The team pages' own navigation, under the page header. */
export function TeamTabs() {
  return (
    <nav className="tabs" aria-label="Team">
      {TABS.map((t) => (
        <NavLink
          key={t.to}
          to={t.to}
          end={t.end}
          className={({ isActive }) => `tabs__tab${isActive ? ' tabs__tab--active' : ''}`}
        >
          {t.label}
        </NavLink>
      ))}
    </nav>
  );
}

export function TeamHeader({ title, lead }: { title: string; lead: string }) {
  return (
    <>
      <header className="page-header">
        <div>
          <h1>{title}</h1>
          <p className="page-header__lead">{lead}</p>
        </div>
      </header>
      <TeamTabs />
    </>
  );
}
