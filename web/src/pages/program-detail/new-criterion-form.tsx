import { useState, type FormEvent } from 'react';
import type { Milestone } from '../../api/types';
import { api, unwrap } from '../../api/waymark-api';
import { Field } from '../../components/field';
import { FormAlert } from '../../components/form-alert';
import { useFormSubmission } from '../../components/use-form-submission';
import { usePlan } from './plan-context';

const FIELDS = ['description'];

/** A one-line form under a milestone's checklist to add the next criterion. */
export function NewCriterionForm({ milestone }: { milestone: Milestone }) {
  const { reload } = usePlan();
  const [description, setDescription] = useState('');
  const { problem, busy, submit } = useFormSubmission(FIELDS);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    await submit(async () => {
      await unwrap(
        api.POST('/api/milestones/{id}/criteria', {
          params: { path: { id: milestone.id } },
          body: { description: description.trim() },
        }),
      );
      setDescription('');
      reload();
    });
  }

  return (
    <form
      className="criterion-add"
      onSubmit={handleSubmit}
      noValidate
      aria-label={`Add a criterion to ${milestone.name}`}
    >
      {problem.general.length > 0 && !problem.byField.description ? (
        <FormAlert messages={problem.general} />
      ) : null}
      <div className="form-row">
        <Field
          label="New criterion"
          name="description"
          error={problem.byField.description}
          className="grow field--cell"
        >
          {(c) => (
            <input
              {...c}
              placeholder="New criterion…"
              value={description}
              onChange={(e) => setDescription(e.target.value)}
            />
          )}
        </Field>
        <button type="submit" className="button button--small" disabled={busy}>
          Add criterion
        </button>
      </div>
    </form>
  );
}
