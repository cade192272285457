import { useState, type FormEvent } from 'react';
import type { WorkstreamCreate } from '../../api/types';
import { api, unwrap } from '../../api/waymark-api';
import { Field } from '../../components/field';
import { FormActions } from '../../components/form-actions';
import { FormAlert } from '../../components/form-alert';
import { NamedOptions, SelectField } from '../../components/select-field';
import { useFormSubmission } from '../../components/use-form-submission';
import { usePlan } from './plan-context';

const FIELDS = ['name', 'description', 'leadId'];

export function NewWorkstreamForm({ onDone }: { onDone(): void }) {
  const { plan, people, reload } = usePlan();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [leadId, setLeadId] = useState('');
  const { problem, busy, submit } = useFormSubmission(FIELDS);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const body: WorkstreamCreate = { name: name.trim(), leadId: leadId || null };
    if (description.trim()) body.description = description.trim();
    await submit(async () => {
      await unwrap(
        api.POST('/api/programs/{id}/workstreams', {
          params: { path: { id: plan.program.id } },
          body,
        }),
      );
      reload();
      onDone();
    });
  }

  return (
    <form className="inline-form" onSubmit={handleSubmit} noValidate aria-label="New workstream">
      <FormAlert messages={problem.general} />
      <div className="form-grid">
        <Field label="Workstream name" name="name" error={problem.byField.name} required>
          {(c) => <input {...c} value={name} onChange={(e) => setName(e.target.value)} autoFocus />}
        </Field>
        <SelectField
          label="Lead"
          name="leadId"
          error={problem.byField.leadId}
          value={leadId}
          onChange={setLeadId}
          emptyLabel="No lead"
        >
          <NamedOptions items={people} />
        </SelectField>
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
      <FormActions submitLabel="Add workstream" busy={busy} onCancel={onDone} />
    </form>
  );
}
