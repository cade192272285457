import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';

export interface PeopleFilterValues {
  teamId: string;
  levelId: string;
  skill: string;
}

/** Team, level and skill filters over people (the directory and the heatmap). */
export function PeopleFilters({
  idPrefix,
  label,
  value,
  onChange,
  skillPlaceholder,
}: {
  idPrefix: string;
  label: string;
  value: PeopleFilterValues;
  onChange(next: PeopleFilterValues): void;
  skillPlaceholder: string;
}) {
  const teams = useLoad(() => unwrap(api.GET('/api/teams')), 'teams');
  const ladder = useLoad(() => unwrap(api.GET('/api/career-ladder')), 'ladder');
  return (
    <div className="toolbar" role="search" aria-label={label}>
      <div className="toolbar__filter">
        <label htmlFor={`${idPrefix}-team`}>Team</label>
        <select
          id={`${idPrefix}-team`}
          value={value.teamId}
          onChange={(e) => onChange({ ...value, teamId: e.target.value })}
        >
          <option value="">All teams</option>
          {teams.data?.items.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      <div className="toolbar__filter">
        <label htmlFor={`${idPrefix}-level`}>Level</label>
        <select
          id={`${idPrefix}-level`}
          value={value.levelId}
          onChange={(e) => onChange({ ...value, levelId: e.target.value })}
        >
          <option value="">All levels</option>
          {ladder.data?.levels.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name} ({l.grade})
            </option>
          ))}
        </select>
      </div>
      <div className="toolbar__filter">
        <label htmlFor={`${idPrefix}-skill`}>Skill</label>
        <input
          id={`${idPrefix}-skill`}
          value={value.skill}
          placeholder={skillPlaceholder}
          onChange={(e) => onChange({ ...value, skill: e.target.value })}
        />
      </div>
    </div>
  );
}
