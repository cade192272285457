import { useState, type FormEvent } from 'react';
import { fieldProblem } from '../../api/issues';
import { api, unwrap } from '../../api/waymark-api';
import { Field } from '../../components/field';
import { FormActions } from '../../components/form-actions';
import { FormAlert } from '../../components/form-alert';
import { useFormSubmission } from '../../components/use-form-submission';
import type { ChangeRequest } from './change-request-types';

const FIELDS = ['title', 'reason'];

/** Edits a draft or submitted request's title and reason; only what changed is sent, with the version read. */
export function ChangeRequestEditForm({
  request,
  onDone,
  onReload,
}: {
  request: ChangeRequest;
  onDone(saved: boolean): void;
  onReload(): void;
}) {
  const [title, setTitle] = useState(request.title);
  const [reason, setReason] = useState(request.reason);
  const { problem, setProblem, busy, submit } = useFormSubmission(FIELDS);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (!title.trim()) return setProblem(fieldProblem('title', 'Title is required.'));
    if (!reason.trim()) return setProblem(fieldProblem('reason', 'Reason is required.'));
    await submit(async () => {
      await unwrap(
        api.PATCH('/api/change-requests/{id}', {
          params: { path: { id: request.id } },
          body: {
            version: request.version,
            ...(title.trim() !== request.title ? { title: title.trim() } : {}),
            ...(reason.trim() !== request.reason ? { reason: reason.trim() } : {}),
          },
        }),
      );
      onDone(true);
    });
  }

  return (
    <form
      className="form cr-edit"
      aria-label={`Edit ${request.label}`}
      onSubmit={handleSubmit}
      onKeyDown={(event) => event.key === 'Escape' && onDone(false)}
      noValidate
    >
      <Field label="Title" name="title" error={problem.byField.title} required>
        {(c) => (
          <input {...c} value={title} maxLength={300} onChange={(e) => setTitle(e.target.value)} />
        )}
      </Field>
      <Field label="Reason" name="reason" error={problem.byField.reason} required>
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
      <FormAlert
        messages={problem.general}
        onReload={
          problem.conflict
            ? () => {
                onReload();
                onDone(false);
              }
            : undefined
        }
      />
      <FormActions
        submitLabel="Save"
        busyLabel="Saving…"
        busy={busy}
        onCancel={() => onDone(false)}
      />
    </form>
  );
}
