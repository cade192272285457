import { Link } from 'react-router';
import type { PlanItemRef } from '../../api/types';

/** A task or milestone at one end of a link; one of another program links to that program. */
export function ItemRef({
  item,
  programId,
  programNames,
}: {
  item: PlanItemRef;
  programId: string;
  programNames: Map<string, string>;
}) {
  const elsewhere = item.programId !== programId;
  return (
    <span className="plan-item">
      <span className={`plan-item__kind plan-item__kind--${item.kind}`} aria-hidden="true" />
      <span className="plan-item__name">
        <span className="visually-hidden">
          {item.kind === 'milestone' ? 'Milestone' : 'Task'}:{' '}
        </span>
        {item.name}
      </span>
      {elsewhere ? (
        <Link to={`/programs/${item.programId}`} className="plan-item__program">
          {programNames.get(item.programId) ?? 'other program'}
        </Link>
      ) : null}
    </span>
  );
}
