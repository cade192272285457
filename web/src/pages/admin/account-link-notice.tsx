import { formatInstant } from '../../components/format';
import type { AccountLinkShown } from './invite-form';

/** The link is shown once: the server keeps only its hash. */
export function AccountLinkNotice({ link, onClose }: { link: AccountLinkShown; onClose(): void }) {
  const what = link.purpose === 'invitation' ? 'Invitation' : 'Password-reset link';
  return (
    <div className="alert account-link" role="status" data-testid="account-link">
      <p>
        {what} for <strong>{link.who}</strong>, valid until {formatInstant(link.expiresAt)} and
        once. Waymark sends no e-mail: copy it to them now, it is not shown again.
      </p>
      <p>
        <input
          className="account-link__url"
          readOnly
          value={link.url}
          aria-label={`${what} URL`}
          onFocus={(e) => e.currentTarget.select()}
        />
      </p>
      <button type="button" className="button button--small" onClick={onClose}>
        Done
      </button>
    </div>
  );
}
