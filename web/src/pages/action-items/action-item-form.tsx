import { useState, type FormEvent } from 'react';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { Field } from '../../components/field';
import { FormActions } from '../../components/form-actions';
import { FormAlert } from '../../components/form-alert';
import { blankToNull } from '../../components/format';
import { DateField } from '../../components/input-fields';
import { NamedOptions, SelectField } from '../../components/select-field';
import { useFormSubmission } from '../../components/use-form-submission';
import { useCurrentUser } from '../../session/session-context';
import type { ActionItemCreate } from './action-item-types';

const FIELDS = ['title', 'ownerId', 'dueDate', 'programId', 'notes'];

/** Where an item comes from when it is written on a post-mortem, a status report or a review. */
export interface ActionItemSource {
  programId: string | null;
  sourceKind: NonNullable<ActionItemCreate['sourceKind']>;
  sourceId: string;
}

/**
 * Writes down an action item, for oneself (the default) or for someone else; with a
 * `source`, of that post-mortem, report or review (and its program, not asked for).
 */
export function ActionItemForm({
  onDone,
  source,
}: {
  onDone(saved: boolean): void;
  source?: ActionItemSource;
}) {
  const { user } = useCurrentUser();
  const people = useLoad(() => unwrap(api.GET('/api/users')).then((r) => r.items), 'people');
  const programs = useLoad(
    () => unwrap(api.GET('/api/programs', { params: { query: { limit: 500 } } })),
    'programs',
  );
  const [title, setTitle] = useState('');
  const [ownerId, setOwnerId] = useState(user.id);
  const [dueDate, setDueDate] = useState('');
  const [programId, setProgramId] = useState('');
  const [notes, setNotes] = useState('');
  const { problem, busy, submit } = useFormSubmission(FIELDS);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const body: ActionItemCreate = {
      title: title.trim(),
      ownerId,
      dueDate: blankToNull(dueDate),
      notes: blankToNull(notes),
      programId: source ? source.programId : programId || null,
      ...(source ? { sourceKind: source.sourceKind, sourceId: source.sourceId } : {}),
    };
    await submit(async () => {
      await unwrap(api.POST('/api/action-items', { body }));
      onDone(true);
    });
  }

  return (
    <form
      className="form form--panel"
      aria-label="Add an action item"
      onSubmit={handleSubmit}
      onKeyDown={(event) => event.key === 'Escape' && onDone(false)}
      noValidate
    >
      <div className="form-grid">
        <Field label="What is to be done" name="title" error={problem.byField.title} required>
          {(c) => (
            <input
              {...c}
              value={title}
              maxLength={300}
              onChange={(e) => setTitle(e.target.value)}
            />
          )}
        </Field>
        <SelectField
          label="Owner"
          name="ownerId"
          value={ownerId}
          onChange={setOwnerId}
          error={problem.byField.ownerId}
        >
          <NamedOptions
            items={people.data?.filter((p) => p.active) ?? [{ id: user.id, name: user.name }]}
          />
        </SelectField>
        <DateField
          label="Due"
          name="dueDate"
          value={dueDate}
          onChange={setDueDate}
          error={problem.byField.dueDate}
        />
        {source ? null : (
          <SelectField
            label="Program"
            name="programId"
            value={programId}
            onChange={setProgramId}
            emptyLabel="Portfolio (no program)"
            error={problem.byField.programId}
          >
            <NamedOptions items={programs.data?.items ?? []} />
          </SelectField>
        )}
        <Field label="Notes" name="notes" error={problem.byField.notes} className="span-2">
          {(c) => (
            <textarea
              {...c}
              rows={2}
              value={notes}
              maxLength={10000}
              onChange={(e) => setNotes(e.target.value)}
            />
          )}
        </Field>
      </div>
      <FormAlert messages={problem.general} />
      <FormActions
        submitLabel="Add action item"
        busyLabel="Adding…"
        busy={busy}
        onCancel={() => onDone(false)}
      />
    </form>
  );
}
