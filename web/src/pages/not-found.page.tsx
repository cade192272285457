import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <div className="page">
      <section className="card empty">
        <h1>Page not found</h1>
        <p className="muted">There is nothing at this address.</p>
        <Link className="button" to="/programs">
          Go to programs
        </Link>
      </section>
    </div>
  );
}
