import { useState, type FormEvent } from 'react';
import { fieldProblem } from '../../api/issues';
import { api, unwrap } from '../../api/waymark-api';
import { Field } from '../../components/field';
import { FormActions } from '../../components/form-actions';
import { FormAlert } from '../../components/form-alert';
import { DateField } from '../../components/input-fields';
import { useFormSubmission } from '../../components/use-form-submission';
import type { ChangeRequest, ChangeRequestOutcome } from './change-request-types';

const FIELDS = ['reason', 'deferredUntil'];

const VERB: Record<ChangeRequestOutcome, string> = {
  approved: 'Approve',
  deferred: 'Defer',
  rejected: 'Reject',
};

/**
 * One decision with its reason (always required) and, to defer, the date to decide again.
 * An approval on a plan that moved since the impact was computed is refused (409
 * impact_stale): the way out is to recompute, which reading the request again does.
 */
export function DecisionForm({
  request,
  outcome,
  onDone,
  onRecompute,
}: {
  request: ChangeRequest;
  outcome: ChangeRequestOutcome;
  onDone(decided: boolean): void;
  onRecompute(): void;
}) {
  const [reason, setReason] = useState('');
  const [deferredUntil, setDeferredUntil] = useState('');
  const [stale, setStale] = useState(false);
  const { problem, setProblem, busy, submit } = useFormSubmission(FIELDS);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setStale(false);
    if (!reason.trim()) return setProblem(fieldProblem('reason', 'Reason is required.'));
    if (outcome === 'deferred' && !deferredUntil)
      return setProblem(fieldProblem('deferredUntil', 'Say until when it is deferred.'));
    await submit(
      async () => {
        await unwrap(
          api.POST('/api/change-requests/{id}/decision', {
            params: { path: { id: request.id } },
            body: {
              version: request.version,
              outcome,
              reason: reason.trim(),
              ...(outcome === 'deferred' ? { deferredUntil } : {}),
            },
          }),
        );
        onDone(true);
      },
      (placed, apiProblem) => {
        if (apiProblem.code === 'impact_stale') setStale(true);
        return apiProblem.code === 'impact_stale' ? { ...placed, general: [] } : placed;
      },
    );
  }

  return (
    <form
      className="form cr-decision"
      aria-label={`${VERB[outcome]} ${request.label}`}
      onSubmit={handleSubmit}
      onKeyDown={(event) => event.key === 'Escape' && onDone(false)}
      noValidate
    >
      <Field
        label={`Why ${VERB[outcome].toLowerCase()}?`}
        name="reason"
        error={problem.byField.reason}
        required
      >
        {(c) => (
          <textarea
            {...c}
            value={reason}
            maxLength={10000}
            rows={3}
            onChange={(e) => setReason(e.target.value)}
          />
        )}
      </Field>
      {outcome === 'deferred' ? (
        <DateField
          label="Deferred until"
          name="deferredUntil"
          value={deferredUntil}
          onChange={setDeferredUntil}
          error={problem.byField.deferredUntil}
          required
        />
      ) : null}
      {stale ? (
        <div className="alert alert--warning" role="alert" data-testid="impact-stale">
          <p>
            The plan changed after this impact was computed, so it no longer says what approving
            would do. Recompute the impact, check it, then decide again.
          </p>
          <button type="button" className="button button--small" onClick={onRecompute}>
            Recompute
          </button>
        </div>
      ) : null}
      <FormAlert messages={problem.general} onReload={problem.conflict ? onRecompute : undefined} />
      <FormActions
        submitLabel={`${VERB[outcome]} ${request.label}`}
        busyLabel="Saving…"
        busy={busy}
        onCancel={() => onDone(false)}
      />
    </form>
  );
}
