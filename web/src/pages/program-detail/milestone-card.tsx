import { useState } from 'react';
import type { Milestone, ProgramPlan, ScheduleItem } from '../../api/types';
import { MILESTONE_STATE_LABEL } from '../../api/vocabulary';
import { Badge } from '../../components/badge';
import { MILESTONE_STATE_TONE } from '../../components/badge-tones';
import { api, unwrap } from '../../api/waymark-api';
import { DeleteConfirmation } from '../../components/delete-confirmation';
import { formatDate, formatDateTime } from '../../components/format';
import { EditMilestoneForm } from './edit-milestone-form';
import { CriterionRow } from './criterion-row';
import {
  MilestoneStateSelect,
  UnmetCriteriaConfirmation,
  useMilestoneStateChange,
} from './milestone-state-select';
import { NewCriterionForm } from './new-criterion-form';
import { usePlan } from './plan-context';

/**
 * A milestone with where the schedule puts it (`scheduled`, absent until the schedule
 * is read) and its criteria; a writer edits or deletes it here.
 */
export function MilestoneCard({
  milestone,
  scheduled,
  pastDue,
}: {
  milestone: Milestone;
  scheduled?: ScheduleItem | undefined;
  /** The schedule finishes it after its due date. */
  pastDue: boolean;
}) {
  const { plan, canWrite, reload } = usePlan();
  const [mode, setMode] = useState<'reading' | 'editing' | 'deleting'>('reading');
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
          {scheduled && !milestone.achievedAt ? (
            <span
              className={pastDue ? 'milestone__meta milestone__meta--late' : 'milestone__meta'}
              data-testid="milestone-scheduled"
              title={`Scheduled ${formatDateTime(scheduled.earlyFinish)}`}
            >
              {`Scheduled ${formatDate(scheduled.earlyFinish)}`}
              {pastDue ? ' · after its due date' : ''}
            </span>
          ) : null}
        </div>
        {canWrite ? (
          <MilestoneStateSelect milestone={milestone} stateChange={stateChange} />
        ) : (
          <Badge tone={MILESTONE_STATE_TONE[milestone.state]}>
            {MILESTONE_STATE_LABEL[milestone.state]}
          </Badge>
        )}
      </header>
      {canWrite && mode === 'reading' ? (
        <div className="button-group milestone__actions">
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => setMode('editing')}
            aria-label={`Edit milestone ${milestone.name}`}
          >
            Edit
          </button>
          <button
            type="button"
            className="button button--ghost button--small button--quiet-danger"
            onClick={() => setMode('deleting')}
            aria-label={`Delete milestone ${milestone.name}`}
          >
            Delete
          </button>
        </div>
      ) : null}
      {mode === 'editing' ? (
        <EditMilestoneForm milestone={milestone} onDone={() => setMode('reading')} />
      ) : null}
      {mode === 'deleting' ? (
        <DeleteConfirmation
          kind="milestone"
          name={milestone.name}
          consequence={milestoneDeleteConsequence(milestone, plan)}
          onConfirm={async () => {
            await unwrap(
              api.DELETE('/api/milestones/{id}', {
                params: { path: { id: milestone.id }, query: { version: milestone.version } },
              }),
            );
            reload();
          }}
          onCancel={() => setMode('reading')}
          onReload={reload}
        />
      ) : null}
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

/** What goes with a milestone (the database cascades criteria and links) and what stays (its tasks). */
function milestoneDeleteConsequence(milestone: Milestone, plan: ProgramPlan): string {
  const criteria = milestone.criteria.length;
  const links = plan.dependencies.filter(
    (d) => d.predecessor.id === milestone.id || d.successor.id === milestone.id,
  ).length;
  const tasks = plan.tasks.filter((t) => t.milestoneId === milestone.id).length;
  const sentences = [
    criteria === 1 ? 'Its success criterion goes with it.' : '',
    criteria > 1 ? `Its ${criteria} success criteria go with it.` : '',
    links === 1 ? 'Its dependency link is removed and the schedule recomputed.' : '',
    links > 1 ? `Its ${links} dependency links are removed and the schedule recomputed.` : '',
    tasks === 1 ? 'Its task stays in the program, without a milestone.' : '',
    tasks > 1 ? `Its ${tasks} tasks stay in the program, without a milestone.` : '',
  ].filter(Boolean);
  return sentences.length > 0 ? sentences.join(' ') : 'Nothing else depends on it.';
}
