import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { formProblemOf, NO_PROBLEM, type FormProblem } from '../../api/issues';
import { api, asProblem, unwrap } from '../../api/waymark-api';
import { Field } from '../../components/field';
import { FormAlert } from '../../components/form-alert';
import { useSession } from '../../session/session-context';

const FIELDS = ['email', 'password'] as const;

/** Only same-site paths are followed after sign-in, so a crafted link cannot send people elsewhere. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/programs';
}

export function SignInPage() {
  const { state, signedIn } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<FormProblem>(NO_PROBLEM);
  const [busy, setBusy] = useState(false);
  const next = safeNext(params.get('next'));

  if (state.kind === 'signed-in') return <Navigate to={next} replace />;

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblem(NO_PROBLEM);
    try {
      const { user } = await unwrap(api.POST('/api/auth/sign-in', { body: { email, password } }));
      signedIn(user);
      navigate(next, { replace: true });
    } catch (error) {
      setProblem(formProblemOf(asProblem(error), FIELDS));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="sign-in">
      <div className="sign-in__panel">
        <div className="brand brand--large">
          <span className="brand__mark" aria-hidden="true">
            <svg viewBox="0 0 32 32" width="36" height="36">
              <rect width="32" height="32" rx="7" fill="currentColor" />
              <path
                d="M8 22l5-12 4 8 2-4 4 8"
                stroke="#fff"
                strokeWidth="2.4"
                fill="none"
                strokeLinecap="round"
                strokeLinejoin="round"
              />
            </svg>
          </span>
          <span className="brand__name">Waymark</span>
        </div>
        <h1 className="sign-in__title">Sign in</h1>
        <p className="muted">
          Plan, forecast and report on the programs your TPM organization runs.
        </p>
        <form className="form" onSubmit={handleSubmit} noValidate aria-label="Sign in">
          <FormAlert messages={problem.general} />
          <Field label="Email" name="email" error={problem.byField.email} required>
            {(control) => (
              <input
                {...control}
                type="email"
                autoComplete="username"
                value={email}
                onChange={(e) => setEmail(e.target.value)}
                autoFocus
              />
            )}
          </Field>
          <Field label="Password" name="password" error={problem.byField.password} required>
            {(control) => (
              <input
                {...control}
                type="password"
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
            )}
          </Field>
          <button type="submit" className="button button--primary button--block" disabled={busy}>
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      </div>
      <aside className="sign-in__aside" aria-hidden="true">
        <div className="sign-in__quote">
          <p>
            Programs, milestones and dependencies across teams — with the critical path and forecast
            computed for you.
          </p>
        </div>
      </aside>
    </div>
  );
}
