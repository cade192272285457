import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, asProblem, unwrap } from '../../api/waymark-api';
import { Brand } from '../../components/brand';
import { Field } from '../../components/field';
import { FormAlert } from '../../components/form-alert';
import { useFormSubmission } from '../../components/use-form-submission';

const FIELDS = ['password'] as const;
type Details = { email: string; name: string; purpose: 'invitation' | 'password_reset' };

/**
 * Where an invitation or password-reset link lands; needs no account. The secret
 * is the URL's fragment (after #), which the browser never sends to the server.
 */
export function InvitationPage() {
  const token = window.location.hash.slice(1);
  const navigate = useNavigate();
  const [details, setDetails] = useState<Details | null>(null);
  const [linkProblem, setLinkProblem] = useState<string | null>(null);
  const [password, setPassword] = useState('');
  const { problem, busy, submit } = useFormSubmission(FIELDS);

  useEffect(() => {
    if (!token) {
      setLinkProblem('This link is incomplete; copy the whole link you were given.');
      return;
    }
    unwrap(api.POST('/api/auth/invitations/inspect', { body: { token } }))
      .then(setDetails)
      .catch((error: unknown) => setLinkProblem(asProblem(error).message));
  }, [token]);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    await submit(async () => {
      const done = await unwrap(
        api.POST('/api/auth/invitations/accept', { body: { token, password } }),
      );
      navigate(`/sign-in?email=${encodeURIComponent(done.email)}`, { replace: true });
    });
  }

  const title = details?.purpose === 'password_reset' ? 'Set a new password' : 'Welcome to Waymark';
  return (
    <div className="sign-in">
      <div className="sign-in__panel">
        <Brand large />
        <h1 className="sign-in__title">{title}</h1>
        {linkProblem ? (
          <>
            <FormAlert messages={[linkProblem]} />
            <Link to="/sign-in">Sign in</Link>
          </>
        ) : null}
        {details ? (
          <form className="form" onSubmit={handleSubmit} noValidate aria-label="Set password">
            <p className="muted">
              {details.name}, choose a password for <strong>{details.email}</strong>. You sign in
              with it next.
            </p>
            <FormAlert messages={problem.general} />
            <Field
              label="Password"
              name="password"
              error={problem.byField.password}
              hint="At least 12 characters."
              required
            >
              {(control) => (
                <input
                  {...control}
                  type="password"
                  autoComplete="new-password"
                  value={password}
                  onChange={(e) => setPassword(e.target.value)}
                  autoFocus
                />
              )}
            </Field>
            <button type="submit" className="button button--primary button--block" disabled={busy}>
              {busy ? 'Saving…' : 'Set password'}
            </button>
          </form>
        ) : null}
      </div>
    </div>
  );
}
