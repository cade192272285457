import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/waymark-api';
import { Brand } from '../../components/brand';
import { Field } from '../../components/field';
import { FormAlert } from '../../components/form-alert';
import { useFormSubmission } from '../../components/use-form-submission';
import { useSession } from '../../session/session-context';
import { ProviderSignIn } from './provider-sign-in';

const FIELDS = ['email', 'password'] as const;

/** Only same-site paths are followed after sign-in, so a crafted link cannot send people elsewhere. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/programs';
}

export function SignInPage() {
  const { state, signedIn } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  // An accepted invitation sends the person here with their e-mail filled in.
  const [email, setEmail] = useState(params.get('email') ?? '');
  const [password, setPassword] = useState('');
  const { problem, busy, submit } = useFormSubmission(FIELDS);
  const next = safeNext(params.get('next'));
  // A sign-in with the OpenID Connect provider that Waymark refused comes back here with why.
  const providerError = params.get('error');

  if (state.kind === 'signed-in') return <Navigate to={next} replace />;

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    await submit(async () => {
      const { user } = await unwrap(api.POST('/api/auth/sign-in', { body: { email, password } }));
      signedIn(user);
      navigate(next, { replace: true });
    });
  }

  return (
    <div className="sign-in">
      <div className="sign-in__panel">
        <Brand large />
        <h1 className="sign-in__title">Sign in</h1>
        <p className="muted">
          Plan, forecast and report on the programs your TPM organization runs.
        </p>
        <div className="sign-in__methods">
          <FormAlert messages={providerError ? [providerError] : []} />
          <ProviderSignIn next={next} />
        </div>
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
