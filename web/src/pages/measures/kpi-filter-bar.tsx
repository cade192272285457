import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
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
      <div className="toolbar__filter">
        <label htmlFor="kpi-program">Program</label>
        <select
          id="kpi-program"
          value={value.programId}
          onChange={(e) => set({ programId: e.target.value })}
        >
          <option value="">All programs</option>
          {programs.data?.items.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <div className="toolbar__filter">
        <label htmlFor="kpi-person">Person</label>
        <select
          id="kpi-person"
          value={value.personId}
          onChange={(e) => set({ personId: e.target.value })}
        >
          <option value="">Everyone</option>
          <option value="me">My programs</option>
          {tpms.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <div className="toolbar__filter">
        <label htmlFor="kpi-team">Team</label>
        <select
          id="kpi-team"
          value={value.teamId}
          onChange={(e) => set({ teamId: e.target.value })}
        >
          <option value="">All teams</option>
          {teams.data?.items.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
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
