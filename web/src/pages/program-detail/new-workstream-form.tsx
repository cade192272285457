import { useState, type FormEvent } from 'react';
import { formProblemOf, NO_PROBLEM, type FormProblem } from '../../api/issues';
import type { WorkstreamCreate } from '../../api/types';
import { api, asProblem, unwrap } from '../../api/waymark-api';
import { Field } from '../../components/field';
import { FormAlert } from '../../components/form-alert';
import { usePlan } from './plan-context';

const FIELDS = ['name', 'description', 'leadId'];

export function NewWorkstreamForm({ onDone }: { onDone(): void }) {
  const { plan, people, reload } = usePlan();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [leadId, setLeadId] = useState('');
  const [problem, setProblem] = useState<FormProblem>(NO_PROBLEM);
  const [busy, setBusy] = useState(false);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const body: WorkstreamCreate = { name: name.trim(), leadId: leadId || null };
    if (description.trim()) body.description = description.trim();
    setBusy(true);
    try {
      await unwrap(
        api.POST('/api/programs/{id}/workstreams', {
          params: { path: { id: plan.program.id } },
          body,
        }),
      );
      reload();
      onDone();
    } catch (error) {
      setProblem(formProblemOf(asProblem(error), FIELDS));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="inline-form" onSubmit={handleSubmit} noValidate aria-label="New workstream">
      <FormAlert messages={problem.general} />
      <div className="form-grid">
        <Field label="Workstream name" name="name" error={problem.byField.name} required>
          {(c) => <input {...c} value={name} onChange={(e) => setName(e.target.value)} autoFocus />}
        </Field>
        <Field label="Lead" name="leadId" error={problem.byField.leadId}>
          {(c) => (
            <select {...c} value={leadId} onChange={(e) => setLeadId(e.target.value)}>
              <option value="">No lead</option>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label="Description"
          name="description"
          error={problem.byField.description}
          className="span-2"
        >
          {(c) => (
            <input {...c} value={description} onChange={(e) => setDescription(e.target.value)} />
          )}
        </Field>
      </div>
      <div className="form__actions">
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={busy}>
          Add workstream
        </button>
      </div>
    </form>
  );
}
