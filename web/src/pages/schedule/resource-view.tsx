import { useState } from 'react';
import type {
  LevellingMode,
  ProgramSchedule,
  ResourceLoad,
  ScheduleLevelling,
} from '../../api/types';
import { useLoad } from '../../api/use-load';
import { api, asProblem, unwrap } from '../../api/waymark-api';
import { FormAlert } from '../../components/form-alert';
import { AssignPerson } from './assign-person';
import { formatLocalShort } from './gantt-model';

const MODE_LABEL: Record<LevellingMode, string> = {
  none: 'Not levelled',
  within_slack: 'Within float (finish never moves)',
  beyond_slack: 'Beyond float (finish may move)',
};

/**
 * Load per person per week against their capacity, from the schedule shown
 * above; over-booked weeks in red. A TPM can level the schedule and see which
 * tasks moved, by how much and why.
 */
export function ResourceView({
  programId,
  programVersion,
  schedule,
  taskNames,
  canWrite,
  onChanged,
}: {
  programId: string;
  programVersion: number;
  schedule: ProgramSchedule;
  taskNames: Map<string, string>;
  canWrite: boolean;
  onChanged(): void;
}) {
  const load = useLoad(
    () =>
      unwrap(api.GET('/api/programs/{id}/resource-load', { params: { path: { id: programId } } })),
    `${programId}:${schedule.computedAt}:${schedule.version}`,
  );
  const [mode, setMode] = useState<LevellingMode>(schedule.levelling?.mode ?? 'beyond_slack');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();

  async function level(next: LevellingMode) {
    setBusy(true);
    setProblem(undefined);
    try {
      await unwrap(
        api.POST('/api/programs/{id}/schedule/level', {
          params: { path: { id: programId } },
          body: { mode: next, version: programVersion },
        }),
      );
      onChanged();
    } catch (error) {
      const p = asProblem(error);
      setProblem(
        p.isVersionConflict ? 'The program was changed meanwhile: reload the page.' : p.message,
      );
    } finally {
      setBusy(false);
    }
  }

  const data = load.data;
  return (
    <section className="card resource-card" aria-labelledby="resource-title">
      <header className="resource-head">
        <div>
          <h2 id="resource-title">Resources</h2>
          <p className="muted">
            Everything each person is booked for per week — this program and any other — against
            their working hours × capacity.{' '}
            {data ? (
              <strong
                data-testid="over-allocated-weeks"
                className={data.overAllocatedWeeks > 0 ? 'text-danger' : 'text-good'}
              >
                {data.overAllocatedWeeks === 0
                  ? 'Nobody is over-booked.'
                  : `${data.overAllocatedWeeks} over-booked person-week${data.overAllocatedWeeks === 1 ? '' : 's'}.`}
              </strong>
            ) : null}
          </p>
        </div>
        {canWrite ? (
          <div className="resource-level" role="group" aria-label="Levelling">
            <select
              aria-label="Levelling mode"
              value={mode}
              onChange={(e) => setMode(e.target.value as LevellingMode)}
            >
              <option value="beyond_slack">{MODE_LABEL.beyond_slack}</option>
              <option value="within_slack">{MODE_LABEL.within_slack}</option>
            </select>
            <button
              type="button"
              className="button button--primary button--small"
              disabled={busy}
              onClick={() => void level(mode)}
            >
              Level
            </button>
            {schedule.levelling ? (
              <button
                type="button"
                className="button button--ghost button--small"
                disabled={busy}
                onClick={() => void level('none')}
              >
                Clear levelling
              </button>
            ) : null}
          </div>
        ) : null}
      </header>
      {problem ? <FormAlert messages={[problem]} /> : null}
      {load.problem ? <FormAlert messages={[load.problem.message]} onReload={load.reload} /> : null}
      {data ? <LoadGrid data={data} taskNames={taskNames} /> : <p className="muted">Loading…</p>}
      {canWrite ? (
        <AssignPerson
          tasks={schedule.items.filter((i) => i.kind === 'task')}
          onAssigned={onChanged}
        />
      ) : null}
      {schedule.levelling ? (
        <LevellingChanges levelling={schedule.levelling} taskNames={taskNames} />
      ) : null}
    </section>
  );
}

function LoadGrid({ data, taskNames }: { data: ResourceLoad; taskNames: Map<string, string> }) {
  if (data.people.length === 0)
    return <p className="empty">Nobody is assigned to this program’s tasks yet.</p>;
  return (
    <div className="resource-grid-wrap">
      <table className="resource-grid" aria-label="Load per person per week">
        <thead>
          <tr>
            <th scope="col">Person</th>
            {data.weekStarts.map((w) => (
              <th key={w} scope="col" className="resource-grid__week">
                {formatLocalShort(`${w}T00:00:00`, false)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.people.map((p) => (
            <tr key={p.userId}>
              <th scope="row">
                {p.name}
                <span className="muted resource-grid__meta">
                  {p.capacity !== 1 ? `${Math.round(p.capacity * 100)}% · ` : ''}
                  {p.timeZone}
                </span>
              </th>
              {p.weeks.map((w, k) => {
                // The whole load, as the capacity heatmap counts it: other programs over-book too.
                const total = w.totalLoadHours;
                const ratio = w.capacityHours > 0 ? total / w.capacityHours : total > 0 ? 2 : 0;
                const tasks = w.taskIds.map((id) => taskNames.get(id) ?? id).join(', ');
                const programs = w.programs
                  .map((g) => `${g.programName} ${g.loadHours} h`)
                  .join(', ');
                return (
                  <td
                    key={data.weekStarts[k]}
                    className={`resource-cell${w.overAllocated ? ' is-over' : ''}${total === 0 ? ' is-idle' : ''}`}
                    title={`${total} h of ${w.capacityHours} h${programs ? ` (${programs})` : ''}${tasks ? ` — ${tasks}` : ''}`}
                    data-over={w.overAllocated ? 'true' : undefined}
                  >
                    <span
                      className="resource-cell__bar"
                      style={{ height: `${Math.min(100, ratio * 100)}%` }}
                    />
                    <span className="resource-cell__value">
                      {total === 0 ? '' : `${Math.round(ratio * 100)}%`}
                    </span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function LevellingChanges({
  levelling,
  taskNames,
}: {
  levelling: ScheduleLevelling;
  taskNames: Map<string, string>;
}) {
  return (
    <div className="levelling-changes" aria-label="What levelling changed">
      <h3>
        What levelling changed <span className="muted">· {MODE_LABEL[levelling.mode]}</span>
      </h3>
      {levelling.delays.length === 0 ? (
        <p className="muted">No task had to move.</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Task</th>
              <th scope="col">Was</th>
              <th scope="col">Now</th>
              <th scope="col">Delay</th>
              <th scope="col">Because of</th>
            </tr>
          </thead>
          <tbody>
            {levelling.delays.map((d) => (
              <tr key={d.itemId}>
                <td>{taskNames.get(d.itemId) ?? d.itemId}</td>
                <td>{formatLocalShort(d.unlevelledStart)}</td>
                <td>{formatLocalShort(d.levelledStart)}</td>
                <td>{Math.round((d.delayMinutes / 480) * 10) / 10} d</td>
                <td title={d.reason}>{d.resourceName}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {levelling.unresolved.length > 0 ? (
        <>
          <h4>Still over-booked</h4>
          <ul className="levelling-unresolved">
            {levelling.unresolved.map((u) => (
              <li key={u.itemId}>
                <strong>{taskNames.get(u.itemId) ?? u.itemId}</strong>: {u.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
