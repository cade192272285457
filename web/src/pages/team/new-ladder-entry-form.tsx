import { useState, type FormEvent } from 'react';
import { fieldProblem } from '../../api/issues';
import { api, unwrap } from '../../api/waymark-api';
import { FormActions } from '../../components/form-actions';
import { FormAlert } from '../../components/form-alert';
import { DecimalField, TextField } from '../../components/input-fields';
import { SelectField } from '../../components/select-field';
import { useFormSubmission } from '../../components/use-form-submission';

type Path = 'individual' | 'manager';
const KEY_PATTERN = /^[a-z][a-z0-9_]{1,39}$/;
const FIELDS = ['key', 'name', 'text', 'path', 'grade'];

/** A key proposed from the name ("Staff TPM" → "staff_tpm"), which the admin may change. */
function keyOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+|_+$/g, '')
    .slice(0, 40);
}

/**
 * A new track (key, name, description) or level (key, name, path, grade, summary).
 * The key is what imports and the seed match on, so it is asked for once, here.
 */
export function NewLadderEntryForm({
  kind,
  onDone,
}: {
  kind: 'track' | 'level';
  /** Called with true once saved, false on Cancel. */
  onDone(saved: boolean): void;
}) {
  const [name, setName] = useState('');
  const [key, setKey] = useState('');
  const [keyTouched, setKeyTouched] = useState(false);
  const [text, setText] = useState('');
  const [path, setPath] = useState<Path>('individual');
  const [grade, setGrade] = useState('');
  const textField = kind === 'track' ? 'description' : 'summary';
  const { problem, setProblem, busy, submit } = useFormSubmission(FIELDS, { [textField]: 'text' });
  const shownKey = keyTouched ? key : keyOf(name);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return setProblem(fieldProblem('name', 'Name is required.'));
    if (!KEY_PATTERN.test(shownKey))
      return setProblem(
        fieldProblem(
          'key',
          'Key must start with a lower-case letter, then 1–39 lower-case letters, digits or _ (such as staff_tpm).',
        ),
      );
    const gradeNumber = Number(grade);
    if (kind === 'level' && (!grade.trim() || !Number.isInteger(gradeNumber)))
      return setProblem(fieldProblem('grade', 'Grade must be a whole number from 1 to 20.'));
    await submit(async () => {
      const words = text.trim() ? { [textField]: text.trim() } : {};
      if (kind === 'track')
        await unwrap(
          api.POST('/api/career-ladder/tracks', {
            body: { key: shownKey, name: name.trim(), ...words },
          }),
        );
      else
        await unwrap(
          api.POST('/api/career-ladder/levels', {
            body: { key: shownKey, name: name.trim(), path, grade: gradeNumber, ...words },
          }),
        );
      onDone(true);
    });
  }

  const e = problem.byField;
  return (
    <form
      className="form form--panel ladder-entry-form"
      onSubmit={handleSubmit}
      onKeyDown={(event) => event.key === 'Escape' && onDone(false)}
      noValidate
      aria-label={kind === 'track' ? 'New track' : 'New level'}
    >
      <FormAlert messages={problem.general} />
      <div className="form-row">
        <TextField
          label="Name"
          name="name"
          error={e.name}
          required
          value={name}
          onChange={setName}
          inputProps={{ autoFocus: true, maxLength: 120 }}
        />
        <TextField
          label="Key"
          name="key"
          error={e.key}
          required
          hint="Imports match on it; it cannot be changed later"
          value={shownKey}
          onChange={(value) => {
            setKeyTouched(true);
            setKey(value);
          }}
          inputProps={{ maxLength: 40 }}
        />
        {kind === 'level' ? (
          <>
            <SelectField label="Path" name="path" error={e.path} value={path} onChange={setPath}>
              <option value="individual">Individual contributor</option>
              <option value="manager">Manager</option>
            </SelectField>
            <DecimalField
              label="Grade"
              name="grade"
              error={e.grade}
              required
              className="field--narrow"
              hint="One level per grade on each path"
              value={grade}
              onChange={setGrade}
              inputProps={{ min: 1, max: 20 }}
            />
          </>
        ) : null}
        <TextField
          label={kind === 'track' ? 'Description' : 'Summary'}
          name="text"
          error={e.text}
          value={text}
          onChange={setText}
          inputProps={{ maxLength: 2000 }}
        />
      </div>
      <FormActions
        submitLabel={kind === 'track' ? 'Add track' : 'Add level'}
        busyLabel="Saving…"
        busy={busy}
        onCancel={() => onDone(false)}
      />
    </form>
  );
}
