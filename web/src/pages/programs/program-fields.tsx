import type { ReactNode } from 'react';
import type { User } from '../../api/types';
import {
  HEALTH_LABEL,
  PROGRAM_HEALTHS,
  PROGRAM_STATUSES,
  STATUS_LABEL,
} from '../../api/vocabulary';
import { Field } from '../../components/field';
import { DateField, DecimalField } from '../../components/input-fields';
import { NamedOptions, SelectField, VocabularyOptions } from '../../components/select-field';
import { TimeZoneOptions } from '../../components/time-zone-options';
import {
  PROGRAM_VISIBILITIES,
  VISIBILITY_HINT,
  VISIBILITY_LABEL,
} from '../program-members/access-vocabulary';
import type { ProgramDraft } from './program-draft';

interface Props {
  draft: ProgramDraft;
  onChange(patch: Partial<ProgramDraft>): void;
  errors: Record<string, string>;
  people: User[];
  autoFocus?: boolean;
  /** Fields only one of the forms has (the status date, once a program is under way), in the same grid. */
  children?: ReactNode;
}

/** The fields of a program, shared by the "new program" and "edit program" forms. */
export function ProgramFields({ draft, onChange, errors: e, people, autoFocus, children }: Props) {
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
      <SelectField
        label="Owner"
        name="ownerId"
        error={e.ownerId}
        value={draft.ownerId}
        onChange={(ownerId) => onChange({ ownerId })}
        emptyLabel="Unassigned"
      >
        <NamedOptions items={people} />
      </SelectField>
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
      <SelectField
        label="Status"
        name="status"
        error={e.status}
        value={draft.status}
        onChange={(status) => onChange({ status })}
      >
        <VocabularyOptions values={PROGRAM_STATUSES} labels={STATUS_LABEL} />
      </SelectField>
      <SelectField
        label="Health"
        name="health"
        error={e.health}
        value={draft.health}
        onChange={(health) => onChange({ health })}
      >
        <VocabularyOptions values={PROGRAM_HEALTHS} labels={HEALTH_LABEL} />
      </SelectField>
      <Field label="Sponsor" name="sponsor" error={e.sponsor}>
        {(c) => (
          <input
            {...c}
            value={draft.sponsor}
            onChange={(ev) => onChange({ sponsor: ev.target.value })}
          />
        )}
      </Field>
      <DateField
        label="Start date"
        name="startDate"
        error={e.startDate}
        value={draft.startDate}
        onChange={(startDate) => onChange({ startDate })}
      />
      <DateField
        label="Target date"
        name="targetDate"
        error={e.targetDate}
        value={draft.targetDate}
        onChange={(targetDate) => onChange({ targetDate })}
      />
      <SelectField
        label="Time zone"
        name="timeZone"
        error={e.timeZone}
        hint="The schedule's clock: which day it is, and when a working day starts"
        value={draft.timeZone}
        onChange={(timeZone) => onChange({ timeZone })}
      >
        <TimeZoneOptions current={draft.timeZone} />
      </SelectField>
      <div className="field-pair">
        <DecimalField
          label="Budget"
          name="budget"
          error={e.budget}
          hint="Whole currency units"
          value={draft.budget}
          onChange={(budget) => onChange({ budget })}
          inputProps={{ min: 0 }}
        />
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
      <SelectField
        label="Visibility"
        name="visibility"
        error={e.visibility}
        hint={VISIBILITY_HINT[draft.visibility]}
        value={draft.visibility}
        onChange={(visibility) => onChange({ visibility })}
        className="span-2"
      >
        <VocabularyOptions values={PROGRAM_VISIBILITIES} labels={VISIBILITY_LABEL} />
      </SelectField>
      {children}
    </div>
  );
}
