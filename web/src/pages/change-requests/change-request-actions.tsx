import { useState } from 'react';
import { api, asProblem, unwrap } from '../../api/waymark-api';
import { FormAlert } from '../../components/form-alert';
import { ChangeRequestEditForm } from './change-request-edit-form';
import type { ChangeRequest, ChangeRequestOutcome } from './change-request-types';
import { DecisionForm } from './decision-form';

type Open = { kind: 'edit' } | { kind: 'decide'; outcome: ChangeRequestOutcome } | null;

/**
 * What a writer may do next, by state: submit a draft, edit an open request, decide a
 * submitted or deferred one. Approved and rejected requests are final: nothing is offered.
 */
export function ChangeRequestActions({
  request,
  reading,
  onChanged,
}: {
  request: ChangeRequest;
  /** The request is being read again (its impact maybe recomputed): deciding waits for it. */
  reading: boolean;
  onChanged(): void;
}) {
  const [open, setOpen] = useState<Open>(null);
  const [problem, setProblem] = useState<string>();
  const editable = request.status === 'draft' || request.status === 'submitted';
  const decidable = request.status === 'submitted' || request.status === 'deferred';
  if (!editable && !decidable) return null;

  async function submitDraft() {
    setProblem(undefined);
    try {
      await unwrap(
        api.POST('/api/change-requests/{id}/submit', {
          params: { path: { id: request.id } },
          body: { version: request.version },
        }),
      );
      onChanged();
    } catch (error) {
      setProblem(asProblem(error).message);
    }
  }

  const done = (changed: boolean) => {
    setOpen(null);
    if (changed) onChanged();
  };

  return (
    <section className="card cr-actions" aria-label="Actions">
      {reading ? (
        <p className="cr-muted" role="status" data-testid="cr-reading">
          Reading the latest impact…
        </p>
      ) : null}
      <div className="button-group">
        {request.status === 'draft' ? (
          <button
            type="button"
            className="button button--primary"
            disabled={reading}
            onClick={() => void submitDraft()}
          >
            Submit for decision
          </button>
        ) : null}
        {editable ? (
          <button type="button" className="button" onClick={() => setOpen({ kind: 'edit' })}>
            Edit title and reason
          </button>
        ) : null}
        {decidable ? (
          <>
            <button
              type="button"
              className="button button--primary"
              disabled={reading}
              onClick={() => setOpen({ kind: 'decide', outcome: 'approved' })}
            >
              Approve
            </button>
            <button
              type="button"
              className="button"
              disabled={reading}
              onClick={() => setOpen({ kind: 'decide', outcome: 'deferred' })}
            >
              Defer
            </button>
            <button
              type="button"
              className="button button--danger"
              disabled={reading}
              onClick={() => setOpen({ kind: 'decide', outcome: 'rejected' })}
            >
              Reject
            </button>
          </>
        ) : null}
      </div>
      {problem ? <FormAlert messages={[problem]} onReload={onChanged} /> : null}
      {open?.kind === 'edit' ? (
        <ChangeRequestEditForm request={request} onDone={done} onReload={onChanged} />
      ) : null}
      {open?.kind === 'decide' && !reading ? (
        <DecisionForm
          key={open.outcome}
          request={request}
          outcome={open.outcome}
          onDone={done}
          onRecompute={() => done(true)}
        />
      ) : null}
    </section>
  );
}
