import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { ToolbarSelect } from '../../components/toolbar-select';
import type { KpiFilterValues } from './kpi-filters';

/** Period, program, person ("my programs") and team: what every KPI is measured over. */
export function KpiFilterBar({
  value,
  onChange,
}: {
  value: KpiFilterValues;
  onChange(next: KpiFilterValues): void;
}) {
  const programs = useLoad(
    () => unwrap(api.GET('/api/programs', { params: { query: { limit: 200 } } })),
    'kpi-filter-programs',
  );
  const people = useLoad(() => unwrap(api.GET('/api/people', {})), 'kpi-filter-people');
  const teams = useLoad(() => unwrap(api.GET('/api/teams')), 'kpi-filter-teams');
  const tpms = (people.data?.items ?? []).filter(
    (p) => p.role === 'tpm' || p.role === 'tpm_manager',
  );
  const set = (patch: Partial<KpiFilterValues>) => onChange({ ...value, ...patch });
  return (
    <div className="toolbar measures-filters" role="search" aria-label="KPI filters">
      <div className="toolbar__filter">
        <label htmlFor="kpi-from">From</label>
        <input
          id="kpi-from"
          type="date"
          value={value.from}
          onChange={(e) => set({ from: e.target.value })}
        />
      </div>
      <div className="toolbar__filter">
        <label htmlFor="kpi-to">To</label>
        <input
          id="kpi-to"
          type="date"
          value={value.to}
          onChange={(e) => set({ to: e.target.value })}
        />
      </div>
      <ToolbarSelect
        id="kpi-program"
        label="Program"
        anyLabel="All programs"
        value={value.programId}
        onChange={(programId) => set({ programId })}
        choices={programs.data?.items}
      />
      <ToolbarSelect
        id="kpi-person"
        label="Person"
        anyLabel="Everyone"
        first={[{ id: 'me', name: 'My programs' }]}
        value={value.personId}
        onChange={(personId) => set({ personId })}
        choices={tpms}
      />
      <ToolbarSelect
        id="kpi-team"
        label="Team"
        anyLabel="All teams"
        value={value.teamId}
        onChange={(teamId) => set({ teamId })}
        choices={teams.data?.items}
      />
      {Object.values(value).some(Boolean) ? (
        <button
          type="button"
          className="button button--small"
          onClick={() => onChange({ from: '', to: '', programId: '', personId: '', teamId: '' })}
        >
          Clear filters
        </button>
      ) : null}
    </div>
  );
}
