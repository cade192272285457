import { useRef, useState, type FormEvent } from 'react';
import { SKILL_KIND_LABEL, SKILL_KINDS } from '../../api/vocabulary';
import { api, unwrap } from '../../api/waymark-api';
import { FormActions } from '../../components/form-actions';
import { FormAlert } from '../../components/form-alert';
import { TextField } from '../../components/input-fields';
import { SelectField, VocabularyOptions } from '../../components/select-field';
import { useFormSubmission } from '../../components/use-form-submission';
import { NO_PROBLEM } from '../../api/issues';
import type { Person, PersonSkill } from './team-types';

/** A row being edited; `key` keeps React's inputs with their row when one above is removed. */
interface SkillRow extends PersonSkill {
  key: number;
}

const PROFICIENCIES = ['1', '2', '3', '4', '5'] as const;
const PROFICIENCY_LABEL: Record<(typeof PROFICIENCIES)[number], string> = {
  '1': '1 · learning',
  '2': '2',
  '3': '3',
  '4': '4',
  '5': '5 · expert',
};
const COLUMNS = ['kind', 'name', 'proficiency'] as const;

/**
 * The API names a row by its index (`skills[2].name`), so each row's fields take their
 * own issues; one about the list as a whole (too many) goes above the table.
 */
function fieldsOf(count: number): string[] {
  return Array.from({ length: count }, (_, i) => COLUMNS.map((c) => `skills[${i}].${c}`)).flat();
}

/**
 * Replaces a person's skills and domains as one list, sent with the version that was
 * read: a conflict offers a reload rather than overwriting someone else's edit.
 */
export function SkillsForm({
  person,
  onSaved,
  onCancel,
  onReload,
}: {
  person: Person;
  onSaved(): void;
  onCancel(): void;
  /** Someone else saved first: fetch the person again and start over. */
  onReload(): void;
}) {
  const nextKey = useRef(person.skills.length);
  const [rows, setRows] = useState<SkillRow[]>(() =>
    person.skills.map((s, key) => ({ ...s, key })),
  );
  const [addedKey, setAddedKey] = useState<number | null>(null);
  const { problem, setProblem, busy, submit } = useFormSubmission(fieldsOf(rows.length));
  const e = problem.byField;

  const change = (key: number, patch: Partial<PersonSkill>) =>
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  // Issues name rows by position, so they no longer fit once rows move.
  const reshape = (next: (rs: SkillRow[]) => SkillRow[]) => {
    setProblem(NO_PROBLEM);
    setRows(next);
  };
  const add = () => {
    const key = nextKey.current++;
    setAddedKey(key);
    reshape((rs) => [...rs, { key, kind: 'skill', name: '', proficiency: 3 }]);
  };

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    await submit(async () => {
      await unwrap(
        api.PUT('/api/people/{id}/skills', {
          params: { path: { id: person.id } },
          body: {
            version: person.version,
            skills: rows.map(({ kind, name, proficiency }) => ({
              kind,
              name: name.trim(),
              proficiency,
            })),
          },
        }),
      );
      onSaved();
    });
  }

  return (
    <form className="form form--panel" onSubmit={handleSubmit} noValidate aria-label="Edit skills">
      <FormAlert messages={problem.general} onReload={problem.conflict ? onReload : undefined} />
      <div className="table-wrap">
        <table className="table table--compact skills-editor">
          <thead>
            <tr>
              <th>Kind</th>
              <th>Name</th>
              <th>Proficiency</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={4} className="muted">
                  No skills or domains. Add one below, or save to clear the list.
                </td>
              </tr>
            ) : null}
            {rows.map((row, i) => {
              const n = i + 1;
              return (
                <tr key={row.key}>
                  <td>
                    <SelectField
                      label={`Row ${n} kind`}
                      name={`skills[${i}].kind`}
                      className="field--cell"
                      error={e[`skills[${i}].kind`]}
                      value={row.kind}
                      onChange={(kind) => change(row.key, { kind })}
                    >
                      <VocabularyOptions values={SKILL_KINDS} labels={SKILL_KIND_LABEL} />
                    </SelectField>
                  </td>
                  <td className="skills-editor__name">
                    <TextField
                      label={`Row ${n} name`}
                      name={`skills[${i}].name`}
                      className="field--cell"
                      error={e[`skills[${i}].name`]}
                      value={row.name}
                      onChange={(name) => change(row.key, { name })}
                      inputProps={{
                        maxLength: 80,
                        placeholder: row.kind === 'domain' ? 'e.g. Payments' : 'e.g. SQL',
                        autoFocus: row.key === addedKey,
                      }}
                    />
                  </td>
                  <td>
                    <SelectField
                      label={`Row ${n} proficiency`}
                      name={`skills[${i}].proficiency`}
                      className="field--cell"
                      error={e[`skills[${i}].proficiency`]}
                      value={String(row.proficiency) as (typeof PROFICIENCIES)[number]}
                      onChange={(p) => change(row.key, { proficiency: Number(p) })}
                    >
                      <VocabularyOptions values={PROFICIENCIES} labels={PROFICIENCY_LABEL} />
                    </SelectField>
                  </td>
                  <td className="skills-editor__remove">
                    <button
                      type="button"
                      className="button button--ghost button--small"
                      aria-label={`Remove row ${n}${row.name.trim() ? ` (${row.name.trim()})` : ''}`}
                      onClick={() => reshape((rs) => rs.filter((r) => r.key !== row.key))}
                    >
                      Remove
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div>
        <button type="button" className="button button--small" onClick={add}>
          + Add skill or domain
        </button>
      </div>
      <FormActions submitLabel="Save skills" busyLabel="Saving…" busy={busy} onCancel={onCancel} />
    </form>
  );
}
