import type { RegisterRisk } from './risk-register-types';

/**
 * Shown when a risk has occurred: its impact is now real, and belongs in a change
 * request (to re-plan) or an issue (to work it). The two links lead to those registers.
 */
export function RiskOccurredNotice({ risk, onDismiss }: { risk: RegisterRisk; onDismiss(): void }) {
  return (
    <div
      className="alert alert--warning risk-occurred-notice"
      role="status"
      data-testid="risk-occurred-notice"
    >
      <p>
        <strong>{`“${risk.title}” has occurred.`}</strong> It no longer feeds the forecast. Turn its
        impact into a change request to re-plan, or into an issue to work it?
      </p>
      <div className="button-group">
        <a
          className="button button--small"
          href="#change-requests"
          data-testid="risk-occurred-to-change-request"
          data-risk-id={risk.id}
        >
          Raise a change request
        </a>
        <a
          className="button button--small"
          href="#issues"
          data-testid="risk-occurred-to-issue"
          data-risk-id={risk.id}
        >
          Raise an issue
        </a>
        <button type="button" className="button button--small" onClick={onDismiss}>
          Not now
        </button>
      </div>
    </div>
  );
}
