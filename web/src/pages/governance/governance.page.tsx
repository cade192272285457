import { Link } from 'react-router';
import { GovernanceSections } from './governance-sections';

/** Governance across every program the reader can see: the portfolio-wide RAID and decision logs. */
export function GovernancePage() {
  return (
    <div className="page" data-testid="portfolio-governance">
      <header className="page-header">
        <div>
          <h1>Governance</h1>
          <p className="page-header__lead">
            Risks, assumptions, issues, dependencies, decisions and change requests of every program
            you can see. Recurring reviews and their agendas are under{' '}
            <Link to="/reviews">Reviews</Link>.
          </p>
        </div>
      </header>
      <GovernanceSections scope={{}} />
    </div>
  );
}
