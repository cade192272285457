import { formatInstant } from '../../components/format';
import type { AccountLinkShown } from './invite-form';

/** The link is shown once: the server keeps only its hash (and, until sent, the queued e-mail). */
export function AccountLinkNotice({ link, onClose }: { link: AccountLinkShown; onClose(): void }) {
  const what = link.purpose === 'invitation' ? 'Invitation' : 'Password-reset link';
  return (
    <div className="alert account-link" role="status" data-testid="account-link">
      {link.email === 'queued' ? (
        <p>
          <strong data-testid="account-link-email">E-mailed to {link.user.email}</strong>: the{' '}
          {what.toLowerCase()} for {link.who} is on its way, valid until{' '}
          {formatInstant(link.expiresAt)} and once. Here it is too, should it not arrive; it is not
          shown again.
        </p>
      ) : (
        <p>
          <strong data-testid="account-link-email">
            E-mail is not configured: copy this link and send it yourself.
          </strong>{' '}
          {what} for <strong>{link.who}</strong> ({link.user.email}), valid until{' '}
          {formatInstant(link.expiresAt)} and once; it is not shown again.
        </p>
      )}
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
