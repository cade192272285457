import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api, asProblem, unwrap } from '../../api/waymark-api';
import { FormAlert } from '../../components/form-alert';
import { scoreBand, type RegisterRisk } from './risk-register-types';
import { announceRaidChange } from './use-raid-references';

const SEVERITY_OF_BAND = {
  low: 'low',
  medium: 'medium',
  high: 'high',
  severe: 'critical',
} as const;

/** What the risk said would happen, in a sentence for the issue or request it becomes. */
function impactText(risk: RegisterRisk): string {
  const parts = [`Risk “${risk.title}” occurred.`];
  if (risk.delayHours > 0 && risk.taskIds.length > 0)
    parts.push(`Expected delay: ${risk.delayHours} h on ${risk.taskIds.length} task(s).`);
  if (risk.cost !== null) parts.push(`Expected cost: ${risk.cost}.`);
  if (risk.description) parts.push(risk.description);
  return parts.join(' ').slice(0, 4000);
}

/**
 * Shown when a risk has occurred: its impact is now real, and belongs in a change
 * request (to re-plan: a draft that lengthens each affected task by the risk's delay,
 * whose impact is computed before anyone decides) or an issue (to work it, linked back
 * to the risk and blocking its tasks).
 */
export function RiskOccurredNotice({ risk, onDismiss }: { risk: RegisterRisk; onDismiss(): void }) {
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<{ text: string; problem: boolean }>();
  const params = { params: { path: { id: risk.programId } } };

  async function raiseIssue() {
    setBusy(true);
    try {
      await unwrap(
        api.POST('/api/programs/{id}/issues', {
          ...params,
          body: {
            title: risk.title,
            description: impactText(risk),
            severity: SEVERITY_OF_BAND[scoreBand(risk.score)],
            riskIds: [risk.id],
            taskIds: risk.taskIds,
            ...(risk.ownerId ? { ownerId: risk.ownerId } : {}),
          },
        }),
      );
      announceRaidChange();
      setSaid({ text: `Issue “${risk.title}” raised, linked to the risk.`, problem: false });
    } catch (error) {
      setSaid({ text: asProblem(error).message, problem: true });
    } finally {
      setBusy(false);
    }
  }

  async function raiseChangeRequest() {
    setBusy(true);
    try {
      const plan = await unwrap(api.GET('/api/programs/{id}/plan', params));
      const affected = new Set(risk.taskIds);
      const changes =
        risk.delayHours > 0
          ? plan.tasks
              .filter((t) => affected.has(t.id) && t.estimateHours !== null && t.state !== 'done')
              .map((t) => ({
                kind: 'update_task' as const,
                taskId: t.id,
                estimateHours: Math.round(((t.estimateHours ?? 0) + risk.delayHours) * 100) / 100,
              }))
          : [];
      const request = await unwrap(
        api.POST('/api/programs/{id}/change-requests', {
          ...params,
          body: {
            title: `Re-plan for “${risk.title}”`.slice(0, 300),
            reason: impactText(risk),
            changes,
            draft: true,
          },
        }),
      );
      void navigate(`/programs/${risk.programId}/change-requests/${request.id}`);
    } catch (error) {
      setSaid({ text: asProblem(error).message, problem: true });
      setBusy(false);
    }
  }

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
      {said ? (
        said.problem ? (
          <FormAlert messages={[said.text]} />
        ) : (
          <p className="muted">{said.text}</p>
        )
      ) : null}
      <div className="button-group">
        <button
          type="button"
          className="button button--small"
          disabled={busy}
          data-testid="risk-occurred-to-change-request"
          onClick={() => void raiseChangeRequest()}
        >
          Raise a change request
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={busy}
          data-testid="risk-occurred-to-issue"
          onClick={() => void raiseIssue()}
        >
          Raise an issue
        </button>
        <button type="button" className="button button--small" onClick={onDismiss}>
          Not now
        </button>
      </div>
    </div>
  );
}
