import { api, unwrap } from '../../api/waymark-api';
import { useLoad } from '../../api/use-load';

/**
 * "Sign in with <provider>" when the server has OpenID Connect configured. A plain link,
 * not a form: the server answers with a redirect to the provider, and the page's CSP
 * (form-action 'self') would stop a form from following it.
 */
export function ProviderSignIn({ next }: { next: string }) {
  const { data } = useLoad(() => unwrap(api.GET('/api/auth/methods')), 'methods');
  if (!data?.oidc) return null;
  return (
    <div className="sign-in__provider">
      <a
        className="button button--block"
        href={`${data.oidc.startUrl}?${new URLSearchParams({ next })}`}
      >
        Sign in with {data.oidc.name}
      </a>
      <p className="sign-in__or muted">or with your Waymark password</p>
    </div>
  );
}
