import { useState } from 'react';
import { CONFLICT_MESSAGE } from '../../api/issues';
import type { Milestone } from '../../api/types';
import { MILESTONE_STATE_LABEL, MILESTONE_STATES } from '../../api/vocabulary';
import { api, asProblem, unwrap } from '../../api/waymark-api';
import { usePlan } from './plan-context';

/** Marks a milestone achieved or missed in place; a conflict or refusal is said right under it. */
export function MilestoneStateSelect({ milestone }: { milestone: Milestone }) {
  const { reload } = usePlan();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `milestone-state-${milestone.id}`;
  const errorId = `${id}-error`;

  async function change(state: Milestone['state']) {
    setBusy(true);
    setProblem(null);
    try {
      await unwrap(
        api.PATCH('/api/milestones/{id}', {
          params: { path: { id: milestone.id } },
          body: { state, version: milestone.version },
        }),
      );
      reload();
    } catch (error) {
      const p = asProblem(error);
      setProblem(p.isVersionConflict ? CONFLICT_MESSAGE : (p.issues[0]?.message ?? p.message));
    } finally {
      setBusy(false);
    }
  }

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
