import type { ProgramHealth, ProgramStatus, User } from '../../api/types';
import {
  HEALTH_LABEL,
  PROGRAM_HEALTHS,
  PROGRAM_STATUSES,
  STATUS_LABEL,
} from '../../api/vocabulary';
import { Field } from '../../components/field';
import type { ProgramDraft } from './program-draft';

interface Props {
  draft: ProgramDraft;
  onChange(patch: Partial<ProgramDraft>): void;
  errors: Record<string, string>;
  people: User[];
  autoFocus?: boolean;
}

/** The fields of a program, shared by the "new program" and "edit program" forms. */
export function ProgramFields({ draft, onChange, errors: e, people, autoFocus }: Props) {
  return (
    <div className="form-grid form-grid--3">
      <Field label="Name" name="name" error={e.name} required className="span-2">
        {(c) => (
          <input
            {...c}
            value={draft.name}
            onChange={(ev) => onChange({ name: ev.target.value })}
            autoFocus={autoFocus}
            maxLength={200}
          />
        )}
      </Field>
      <Field label="Owner" name="ownerId" error={e.ownerId}>
        {(c) => (
          <select
            {...c}
            value={draft.ownerId}
            onChange={(ev) => onChange({ ownerId: ev.target.value })}
          >
            <option value="">Unassigned</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Summary" name="summary" error={e.summary} className="span-3">
        {(c) => (
          <textarea
            {...c}
            rows={2}
            value={draft.summary}
            onChange={(ev) => onChange({ summary: ev.target.value })}
          />
        )}
      </Field>
      <Field label="Status" name="status" error={e.status}>
        {(c) => (
          <select
            {...c}
            value={draft.status}
            onChange={(ev) => onChange({ status: ev.target.value as ProgramStatus })}
          >
            {PROGRAM_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABEL[s]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Health" name="health" error={e.health}>
        {(c) => (
          <select
            {...c}
            value={draft.health}
            onChange={(ev) => onChange({ health: ev.target.value as ProgramHealth })}
          >
            {PROGRAM_HEALTHS.map((h) => (
              <option key={h} value={h}>
                {HEALTH_LABEL[h]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Sponsor" name="sponsor" error={e.sponsor}>
        {(c) => (
          <input
            {...c}
            value={draft.sponsor}
            onChange={(ev) => onChange({ sponsor: ev.target.value })}
          />
        )}
      </Field>
      <Field label="Start date" name="startDate" error={e.startDate}>
        {(c) => (
          <input
            {...c}
            type="date"
            value={draft.startDate}
            onChange={(ev) => onChange({ startDate: ev.target.value })}
          />
        )}
      </Field>
      <Field label="Target date" name="targetDate" error={e.targetDate}>
        {(c) => (
          <input
            {...c}
            type="date"
            value={draft.targetDate}
            onChange={(ev) => onChange({ targetDate: ev.target.value })}
          />
        )}
      </Field>
      <div className="field-pair">
        <Field label="Budget" name="budget" error={e.budget} hint="Whole currency units">
          {(c) => (
            <input
              {...c}
              type="number"
              inputMode="decimal"
              min={0}
              step="any"
              value={draft.budget}
              onChange={(ev) => onChange({ budget: ev.target.value })}
            />
          )}
        </Field>
        <Field label="Currency" name="currency" error={e.currency} className="field--narrow">
          {(c) => (
            <input
              {...c}
              value={draft.currency}
              maxLength={3}
              onChange={(ev) => onChange({ currency: ev.target.value })}
            />
          )}
        </Field>
      </div>
    </div>
  );
}
