import { useCurrentUser } from '../../session/session-context';
import { HOME_CARDS } from './home-cards';
import './home.css';

/** Where a signed-in person lands: what is theirs to do, as a column of cards. */
export function HomePage() {
  const { user } = useCurrentUser();
  return (
    <div className="page" data-testid="home-page">
      <header className="page-header">
        <div>
          <h1>Home</h1>
          <p className="page-header__lead">
            Hello {user.name || user.email}: here is what is yours.
          </p>
        </div>
      </header>
      <div className="home__cards">
        {HOME_CARDS.map(({ key, Card }) => (
          <Card key={key} />
        ))}
      </div>
    </div>
  );
}
