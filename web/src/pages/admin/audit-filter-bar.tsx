import { useEffect, useState, type FormEvent } from 'react';
import { ToolbarSelect } from '../../components/toolbar-select';

export interface AuditFilters {
  entityType: string;
  entityId: string;
  actorId: string;
  programId: string;
  /** Days in UTC, `YYYY-MM-DD`, both included; '' for no bound. */
  fromDay: string;
  toDay: string;
}

export const NO_FILTERS: AuditFilters = {
  entityType: '',
  entityId: '',
  actorId: '',
  programId: '',
  fromDay: '',
  toDay: '',
};

interface Props {
  value: AuditFilters;
  users: readonly { id: string; name: string; email: string }[];
  programs: readonly { id: string; name: string }[];
  onApply(next: AuditFilters): void;
}

/** Entity, actor, program and days; applied together, so a half-typed id asks nothing. */
export function AuditFilterBar({ value, users, programs, onApply }: Props) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const set = (patch: Partial<AuditFilters>) => setDraft({ ...draft, ...patch });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply(draft);
  };

  return (
    <form
      className="toolbar audit-filters"
      role="search"
      aria-label="Filter audit events"
      onSubmit={submit}
    >
      <div className="toolbar__filter">
        <label htmlFor="audit-entity-type">Entity</label>
        <input
          id="audit-entity-type"
          value={draft.entityType}
          maxLength={50}
          placeholder="e.g. task"
          onChange={(e) => set({ entityType: e.target.value })}
        />
      </div>
      <div className="toolbar__filter">
        <label htmlFor="audit-entity-id">Entity id</label>
        <input
          id="audit-entity-id"
          value={draft.entityId}
          maxLength={100}
          onChange={(e) => set({ entityId: e.target.value })}
        />
      </div>
      <ToolbarSelect
        id="audit-actor"
        label="Who"
        anyLabel="Anyone"
        value={draft.actorId}
        onChange={(actorId) => set({ actorId })}
        choices={users.map((u) => ({ id: u.id, name: `${u.name} (${u.email})` }))}
      />
      <ToolbarSelect
        id="audit-program"
        label="Program"
        anyLabel="All programs"
        value={draft.programId}
        onChange={(programId) => set({ programId })}
        choices={programs}
      />
      <div className="toolbar__filter">
        <label htmlFor="audit-from">From (UTC)</label>
        <input
          id="audit-from"
          type="date"
          value={draft.fromDay}
          onChange={(e) => set({ fromDay: e.target.value })}
        />
      </div>
      <div className="toolbar__filter">
        <label htmlFor="audit-to">To (UTC)</label>
        <input
          id="audit-to"
          type="date"
          value={draft.toDay}
          onChange={(e) => set({ toDay: e.target.value })}
        />
      </div>
      <div className="button-group">
        <button type="submit" className="button button--small button--primary">
          Apply
        </button>
        <button type="button" className="button button--small" onClick={() => onApply(NO_FILTERS)}>
          Clear
        </button>
      </div>
    </form>
  );
}
