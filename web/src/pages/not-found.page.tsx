import { Link } from 'react-router';

export function NotFoundPage({
  title = 'Page not found',
  message = 'There is nothing at this address.',
}: {
  title?: string;
  message?: string;
}) {
  return (
    <div className="page">
      <section className="card empty">
        <h1>{title}</h1>
        <p className="muted">{message}</p>
        <Link className="button" to="/programs">
          Go to programs
        </Link>
      </section>
    </div>
  );
}

/** Said alike for a program that is gone and one the person may not see, so neither is told apart. */
export function ProgramNotFound() {
  return (
    <NotFoundPage
      title="Program not found"
      message="This program does not exist, was deleted, or is shown to its members only."
    />
  );
}
