import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/waymark-api';
import { Field } from '../../components/field';
import { FormActions } from '../../components/form-actions';
import { FormAlert } from '../../components/form-alert';
import { DateField } from '../../components/input-fields';
import { useFormSubmission } from '../../components/use-form-submission';
import type { IntakeRequest, TriageBody } from './intake-types';

type Action = TriageBody['action'];
const FIELDS = ['reason', 'deferredUntil', 'duplicateOfId', 'action', 'waiting'] as const;

/** What a TPM can do next with a request, by its state; actions that need more ask for it inline. */
export function TriageActions({
  request,
  onChanged,
}: {
  request: IntakeRequest;
  onChanged(): void;
}) {
  const [open, setOpen] = useState<Action | null>(null);
  const [reason, setReason] = useState('');
  const [deferredUntil, setDeferredUntil] = useState('');
  const [duplicateOfId, setDuplicateOfId] = useState('');
  const { problem, busy, submit } = useFormSubmission(FIELDS);
  const isOpen = request.state === 'new' || request.state === 'acknowledged';

  const send = (body: Omit<TriageBody, 'version'>) =>
    submit(async () => {
      await unwrap(
        api.POST('/api/requests/{id}/triage', {
          params: { path: { id: request.id } },
          body: { ...body, version: request.version },
        }),
      );
      setOpen(null);
      onChanged();
    });
  const toggleWaiting = () =>
    submit(async () => {
      await unwrap(
        api.POST('/api/requests/{id}/waiting', {
          params: { path: { id: request.id } },
          body: { waiting: !request.waitingOnRequester, version: request.version },
        }),
      );
      onChanged();
    });

  function handleForm(event: FormEvent) {
    event.preventDefault();
    if (open === 'decline') void send({ action: 'decline', reason });
    if (open === 'defer') void send({ action: 'defer', reason, deferredUntil });
    if (open === 'duplicate')
      void send({ action: 'duplicate', ...(duplicateOfId ? { duplicateOfId } : {}) });
  }

  return (
    <div>
      <FormAlert messages={problem.general} />
      <div className="triage-actions">
        {request.state === 'new' ? (
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() => void send({ action: 'acknowledge' })}
          >
            Acknowledge
          </button>
        ) : null}
        {isOpen || request.state === 'deferred' ? (
          <>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void send({ action: 'accept' })}
            >
              Accept as a program
            </button>
            <button type="button" className="button" onClick={() => setOpen('decline')}>
              Decline…
            </button>
            {request.state !== 'deferred' ? (
              <button type="button" className="button" onClick={() => setOpen('defer')}>
                Defer…
              </button>
            ) : null}
            <button type="button" className="button" onClick={() => setOpen('duplicate')}>
              Duplicate…
            </button>
          </>
        ) : (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void send({ action: 'reopen' })}
          >
            Reopen
          </button>
        )}
        {isOpen ? (
          <button
            type="button"
            className="button button--ghost"
            disabled={busy}
            onClick={() => void toggleWaiting()}
          >
            {request.waitingOnRequester ? 'Resume the clock' : 'Wait on requester'}
          </button>
        ) : null}
      </div>
      {open ? (
        <form
          className="triage-form"
          onSubmit={handleForm}
          noValidate
          aria-label={`${open} the request`}
        >
          {open === 'decline' || open === 'defer' ? (
            <Field label="Reason" name="reason" error={problem.byField.reason} required>
              {(c) => (
                <textarea
                  {...c}
                  rows={2}
                  value={reason}
                  onChange={(ev) => setReason(ev.target.value)}
                />
              )}
            </Field>
          ) : null}
          {open === 'defer' ? (
            <DateField
              label="Come back to it on"
              name="deferredUntil"
              error={problem.byField.deferredUntil}
              value={deferredUntil}
              onChange={setDeferredUntil}
              required
            />
          ) : null}
          {open === 'duplicate' ? (
            <Field
              label="Duplicate of (request id)"
              name="duplicateOfId"
              error={problem.byField.duplicateOfId}
              required
            >
              {(c) => (
                <input
                  {...c}
                  value={duplicateOfId}
                  onChange={(ev) => setDuplicateOfId(ev.target.value.trim())}
                />
              )}
            </Field>
          ) : null}
          <FormActions
            submitLabel={
              open === 'decline' ? 'Decline' : open === 'defer' ? 'Defer' : 'Mark duplicate'
            }
            busy={busy}
            onCancel={() => setOpen(null)}
            compact
          />
        </form>
      ) : null}
    </div>
  );
}
