import { Link } from 'react-router';
import { useCurrentUser } from '../../session/session-context';
import type { Capability } from './capabilities';

/** A placeholder that says plainly what this part of Waymark will hold. */
export function ComingSoonPage({ capability }: { capability: Capability }) {
  const { user } = useCurrentUser();
  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>{capability.title}</h1>
          <p className="page-header__lead">{capability.purpose}</p>
        </div>
      </header>
      <section className="card coming-soon" aria-labelledby="coming-soon-title">
        <span className="coming-soon__tag">Coming soon</span>
        <h2 id="coming-soon-title">What will live here</h2>
        <ul className="coming-soon__list">
          {capability.planned.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        {capability.path === '/admin' && user.role === 'admin' ? (
          <p>
            Ready now: <Link to="/admin/backups">Backups</Link>.
          </p>
        ) : null}
        <p className="muted">
          Everything on this page will also be reachable through the HTTP API and the{' '}
          <code>waymark</code> CLI.
        </p>
      </section>
    </div>
  );
}
