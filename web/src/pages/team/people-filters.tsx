import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { ToolbarSelect } from '../../components/toolbar-select';

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
      <ToolbarSelect
        id={`${idPrefix}-team`}
        label="Team"
        anyLabel="All teams"
        value={value.teamId}
        onChange={(teamId) => onChange({ ...value, teamId })}
        choices={teams.data?.items}
      />
      <ToolbarSelect
        id={`${idPrefix}-level`}
        label="Level"
        anyLabel="All levels"
        value={value.levelId}
        onChange={(levelId) => onChange({ ...value, levelId })}
        choices={ladder.data?.levels.map((l) => ({ id: l.id, name: `${l.name} (${l.grade})` }))}
      />
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
