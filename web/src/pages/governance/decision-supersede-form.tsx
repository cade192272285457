import { useState, type FormEvent } from 'react';
import { fieldProblem } from '../../api/issues';
import { api, unwrap } from '../../api/waymark-api';
import { Field } from '../../components/field';
import { FormActions } from '../../components/form-actions';
import { FormAlert } from '../../components/form-alert';
import { useFormSubmission } from '../../components/use-form-submission';
import type { Decision } from './decision-types';

const FIELDS = ['supersededById'];

/** Marks a decision superseded by another of the same program (or a portfolio decision). */
export function DecisionSupersedeForm({
  decision,
  candidates,
  onDone,
  onReload,
}: {
  decision: Decision;
  /** The decisions that may replace it: the same program's, or the portfolio's. */
  candidates: readonly Decision[];
  onDone(saved: boolean): void;
  onReload(): void;
}) {
  const [by, setBy] = useState('');
  const { problem, setProblem, busy, submit } = useFormSubmission(FIELDS);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (!by)
      return setProblem(fieldProblem('supersededById', 'Choose the decision that replaced it'));
    await submit(async () => {
      await unwrap(
        api.PATCH('/api/decisions/{id}', {
          params: { path: { id: decision.id } },
          body: { version: decision.version, status: 'superseded', supersededById: by },
        }),
      );
      onDone(true);
    });
  }

  return (
    <form
      className="form decision-form"
      aria-label={`Supersede ${decision.title}`}
      onSubmit={handleSubmit}
      onKeyDown={(event) => event.key === 'Escape' && onDone(false)}
      noValidate
    >
      <Field
        label="Superseded by"
        name="supersededById"
        error={problem.byField.supersededById}
        required
      >
        {(c) => (
          <select {...c} value={by} onChange={(e) => setBy(e.target.value)}>
            <option value="">Choose a decision…</option>
            {candidates.map((d) => (
              <option key={d.id} value={d.id}>
                {d.programName ? d.title : `${d.title} (portfolio)`}
              </option>
            ))}
          </select>
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
        submitLabel="Mark superseded"
        busyLabel="Saving…"
        busy={busy}
        onCancel={() => onDone(false)}
      />
    </form>
  );
}
