import type { Milestone } from '../../api/types';
import { MILESTONE_STATE_LABEL } from '../../api/vocabulary';
import { Badge } from '../../components/badge';
import { MILESTONE_STATE_TONE } from '../../components/badge-tones';
import { formatDate } from '../../components/format';
import { CriterionRow } from './criterion-row';
import {
  MilestoneStateSelect,
  UnmetCriteriaConfirmation,
  useMilestoneStateChange,
} from './milestone-state-select';
import { NewCriterionForm } from './new-criterion-form';
import { usePlan } from './plan-context';

export function MilestoneCard({ milestone }: { milestone: Milestone }) {
  const { plan, canWrite } = usePlan();
  const workstream = plan.workstreams.find((w) => w.id === milestone.workstreamId);
  const met = milestone.criteria.filter((c) => c.state === 'met').length;
  const titleId = `milestone-${milestone.id}`;
  const criteria = [...milestone.criteria].sort((a, b) => a.sortOrder - b.sortOrder);
  const stateChange = useMilestoneStateChange(milestone);

  return (
    <article
      id={`item-${milestone.id}`}
      className="milestone"
      aria-labelledby={titleId}
      data-testid="milestone"
    >
      <header className="milestone__header">
        <span className="milestone__diamond" aria-hidden="true" />
        <div className="milestone__title">
          <h3 id={titleId}>{milestone.name}</h3>
          <span className="milestone__meta">
            {milestone.dueDate ? `Due ${formatDate(milestone.dueDate)}` : 'No due date'}
            {workstream ? ` · ${workstream.name}` : ''}
          </span>
        </div>
        {canWrite ? (
          <MilestoneStateSelect milestone={milestone} stateChange={stateChange} />
        ) : (
          <Badge tone={MILESTONE_STATE_TONE[milestone.state]}>
            {MILESTONE_STATE_LABEL[milestone.state]}
          </Badge>
        )}
      </header>
      {milestone.achievedAt ? (
        <p className="milestone__achieved" data-testid="milestone-achieved">
          Achieved {formatDate(milestone.achievedAt)}
        </p>
      ) : null}
      <UnmetCriteriaConfirmation milestone={milestone} stateChange={stateChange} />
      {milestone.description ? (
        <p className="milestone__description">{milestone.description}</p>
      ) : null}
      <div className="criteria">
        <div className="criteria__heading">
          <span>Success criteria</span>
          <span className="muted">
            {milestone.criteria.length === 0
              ? 'none yet'
              : `${met} of ${milestone.criteria.length} met`}
          </span>
        </div>
        {criteria.length > 0 ? (
          <ul className="criteria__list" aria-label={`Success criteria of ${milestone.name}`}>
            {criteria.map((c) => (
              <CriterionRow key={c.id} criterion={c} />
            ))}
          </ul>
        ) : null}
        {canWrite ? <NewCriterionForm milestone={milestone} /> : null}
      </div>
    </article>
  );
}
