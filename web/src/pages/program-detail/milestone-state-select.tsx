import { useState } from 'react';
import { CONFLICT_MESSAGE } from '../../api/issues';
import type { Milestone } from '../../api/types';
import { MILESTONE_STATE_LABEL, MILESTONE_STATES } from '../../api/vocabulary';
import { formatDatesIn } from '../../components/format';
import { api, asProblem, unwrap, type ApiProblem } from '../../api/waymark-api';
import { usePlan } from './plan-context';

export interface MilestoneStateChange {
  busy: boolean;
  /** A conflict or refusal, said right under the picker. */
  problem: string | null;
  /** Marking it achieved was refused for unmet criteria: what the API said, until confirmed or cancelled. */
  unmetCriteria: string | null;
  change(state: Milestone['state']): Promise<void>;
  /** Sends the achievement again, knowingly: the API records the unmet criteria in the audit. */
  confirmAchieved(): Promise<void>;
  cancel(): void;
}

/**
 * Changing a milestone's state, shared by the picker in the card's header and the
 * confirmation shown below it (the message is too long for the header).
 */
export function useMilestoneStateChange(milestone: Milestone): MilestoneStateChange {
  const { reload } = usePlan();
  const [problem, setProblem] = useState<string | null>(null);
  const [unmetCriteria, setUnmetCriteria] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function send(state: Milestone['state'], confirmUnmetCriteria?: true) {
    setBusy(true);
    setProblem(null);
    setUnmetCriteria(null);
    try {
      await unwrap(
        api.PATCH('/api/milestones/{id}', {
          params: { path: { id: milestone.id } },
          body: {
            state,
            version: milestone.version,
            ...(confirmUnmetCriteria ? { confirmUnmetCriteria } : {}),
          },
        }),
      );
      reload();
    } catch (error) {
      const p = asProblem(error);
      if (p.code === 'unmet_criteria') setUnmetCriteria(unmetCriteriaMessage(p));
      else setProblem(p.isVersionConflict ? CONFLICT_MESSAGE : messageOf(p));
    } finally {
      setBusy(false);
    }
  }

  return {
    busy,
    problem,
    unmetCriteria,
    change: (state) => send(state),
    confirmAchieved: () => send('achieved', true),
    cancel: () => setUnmetCriteria(null),
  };
}

/**
 * Which criteria are not met, from the refusal's details; the API's own sentence
 * (which tells API clients which flag to send) only when the details are missing.
 */
function unmetCriteriaMessage(problem: ApiProblem): string {
  const details = problem.details as { unmetCriteria?: unknown } | undefined;
  const unmet = Array.isArray(details?.unmetCriteria)
    ? details.unmetCriteria.filter((c): c is string => typeof c === 'string')
    : [];
  if (unmet.length === 0) return problem.message;
  const list = unmet.map((c) => `“${c}”`).join(', ');
  return unmet.length === 1
    ? `A success criterion is not met: ${list}.`
    : `${unmet.length} success criteria are not met: ${list}.`;
}

/** The issue alone reads "is after the program's status date…": say what it is about. */
function messageOf(problem: ApiProblem): string {
  const issue = problem.issues[0];
  if (!issue) return formatDatesIn(problem.message);
  const message = formatDatesIn(issue.message);
  return issue.path === 'body.achievedAt' ? `The achieved date ${message}` : message;
}

/** Marks a milestone achieved or missed in place; a conflict or refusal is said right under it. */
export function MilestoneStateSelect({
  milestone,
  stateChange,
}: {
  milestone: Milestone;
  stateChange: MilestoneStateChange;
}) {
  const { busy, problem, change } = stateChange;
  const id = `milestone-state-${milestone.id}`;
  const errorId = `${id}-error`;

  return (
    <div className="milestone__state">
      <label htmlFor={id} className="visually-hidden">
        State of milestone {milestone.name}
      </label>
      <select
        id={id}
        className={`select--compact select--${milestone.state}`}
        value={milestone.state}
        disabled={busy}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? errorId : undefined}
        onChange={(e) => void change(e.target.value as Milestone['state'])}
      >
        {MILESTONE_STATES.map((s) => (
          <option key={s} value={s}>
            {MILESTONE_STATE_LABEL[s]}
          </option>
        ))}
      </select>
      {problem ? (
        <p id={errorId} className="field__error">
          {problem}
        </p>
      ) : null}
    </div>
  );
}

/** The way past unmet criteria: said plainly, and one deliberate click to go ahead anyway. */
export function UnmetCriteriaConfirmation({
  milestone,
  stateChange,
}: {
  milestone: Milestone;
  stateChange: MilestoneStateChange;
}) {
  const { unmetCriteria, busy, confirmAchieved, cancel } = stateChange;
  if (!unmetCriteria) return null;
  return (
    <div
      className="alert alert--warning milestone__confirm"
      role="alert"
      data-testid="unmet-criteria"
    >
      <p>{unmetCriteria}</p>
      <p>
        Mark {milestone.name} achieved anyway? The unmet criteria are recorded in the audit log.
      </p>
      <div className="button-group">
        <button
          type="button"
          className="button button--primary button--small"
          disabled={busy}
          onClick={() => void confirmAchieved()}
        >
          Mark achieved anyway
        </button>
        <button type="button" className="button button--small" disabled={busy} onClick={cancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
