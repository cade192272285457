import { Link } from 'react-router';
import { Badge } from '../../components/badge';
import { OkrScoreBar } from './okr-score-bar';
import { OWNER_LABEL, STATE_LABEL, STATE_TONE, ownerText, type Objective } from './okr-types';

/** One objective and, indented under it, the objectives that cascade from it. */
function ObjectiveNode({
  objective,
  byParent,
  depth,
}: {
  objective: Objective;
  byParent: Map<string | null, Objective[]>;
  depth: number;
}) {
  const children = byParent.get(objective.id) ?? [];
  return (
    <li className="okr-tree__item">
      <div className="okr-tree__row" data-testid="objective-row">
        <div className="okr-tree__title">
          <Link to={`/okrs/${objective.id}`}>{objective.title}</Link>
          <span className="okr-tree__owner">
            {OWNER_LABEL[objective.ownerKind]}
            {objective.ownerKind === 'organization' ? '' : ` · ${ownerText(objective)}`} ·{' '}
            {objective.keyResults.length} key result{objective.keyResults.length === 1 ? '' : 's'}
          </span>
        </div>
        <Badge tone={STATE_TONE[objective.state]}>{STATE_LABEL[objective.state]}</Badge>
        <div className="okr-tree__score">
          <OkrScoreBar score={objective.score} label={`Score of ${objective.title}`} />
        </div>
      </div>
      {children.length > 0 && depth < 20 ? (
        <ul className="okr-tree okr-tree--nested" aria-label={`Serving ${objective.title}`}>
          {children.map((c) => (
            <ObjectiveNode key={c.id} objective={c} byParent={byParent} depth={depth + 1} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** The period's objectives as a tree: organization first, each parent above what serves it. */
export function ObjectiveTree({ objectives }: { objectives: readonly Objective[] }) {
  const ids = new Set(objectives.map((o) => o.id));
  const byParent = new Map<string | null, Objective[]>();
  for (const o of objectives) {
    // A parent outside the list (another filter) shows the child at the top.
    const key = o.parentId && ids.has(o.parentId) ? o.parentId : null;
    byParent.set(key, [...(byParent.get(key) ?? []), o]);
  }
  return (
    <ul className="okr-tree card" aria-label="Objectives">
      {(byParent.get(null) ?? []).map((o) => (
        <ObjectiveNode key={o.id} objective={o} byParent={byParent} depth={0} />
      ))}
    </ul>
  );
}
