import { useState, type FormEvent } from 'react';
import type { ScheduleItem } from '../../api/types';
import { useLoad } from '../../api/use-load';
import { api, asProblem, unwrap } from '../../api/waymark-api';
import { FormAlert } from '../../components/form-alert';
import { formatDatesIn } from '../../components/format';

interface Warning {
  messages: string[];
  body: { userId: string; units: number };
  taskId: string;
}

/**
 * Assign a person to one of the program's tasks. An assignment that would
 * over-book them is not saved at once: the weeks and programs are shown and
 * the TPM may assign anyway (the audit row keeps the warning).
 */
export function AssignPerson({ tasks, onAssigned }: { tasks: ScheduleItem[]; onAssigned(): void }) {
  const people = useLoad(() => unwrap(api.GET('/api/users')).then((r) => r.items), 'people');
  const [taskId, setTaskId] = useState('');
  const [userId, setUserId] = useState('');
  const [units, setUnits] = useState('1');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string[]>([]);
  const [warning, setWarning] = useState<Warning>();

  async function save(target: string, body: Warning['body'], confirm: boolean) {
    setBusy(true);
    setProblem([]);
    try {
      await unwrap(
        api.POST('/api/tasks/{id}/assignments', {
          params: { path: { id: target } },
          body: { ...body, ...(confirm ? { confirmOverAllocation: true } : {}) },
        }),
      );
      setWarning(undefined);
      setTaskId('');
      onAssigned();
    } catch (error) {
      const p = asProblem(error);
      if (p.code === 'over_allocation')
        setWarning({
          messages: p.issues.map((i) => formatDatesIn(i.message)),
          body,
          taskId: target,
        });
      else setProblem(p.issues.length ? p.issues.map((i) => i.message) : [p.message]);
    } finally {
      setBusy(false);
    }
  }

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const missing = [
      ...(taskId ? [] : ['Task: choose a task.']),
      ...(userId ? [] : ['Person: choose who works on it.']),
    ];
    const share = Number(units);
    if (!(share > 0 && share <= 2)) missing.push('Units: a number above 0 and at most 2.');
    setProblem(missing);
    if (missing.length === 0) void save(taskId, { userId, units: share }, false);
  }

  return (
    <form className="assign-person" aria-label="Assign a person" onSubmit={handleSubmit} noValidate>
      <select aria-label="Task" value={taskId} onChange={(e) => setTaskId(e.target.value)}>
        <option value="">Task…</option>
        {tasks.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </select>
      <select aria-label="Person" value={userId} onChange={(e) => setUserId(e.target.value)}>
        <option value="">Person…</option>
        {(people.data ?? []).map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
      </select>
      <input
        aria-label="Units"
        className="assign-person__units"
        inputMode="decimal"
        value={units}
        onChange={(e) => setUnits(e.target.value)}
        title="Share of their time: 1 = all of it, 0.5 = half"
      />
      <button type="submit" className="button button--small" disabled={busy}>
        Assign
      </button>
      {problem.length > 0 ? <FormAlert messages={problem} /> : null}
      {warning ? (
        <div className="alert alert--warning assign-person__warning" role="alert">
          <p>
            <strong>This would over-book them:</strong>
          </p>
          <ul>
            {warning.messages.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
          <button
            type="button"
            className="button button--small"
            disabled={busy}
            onClick={() => void save(warning.taskId, warning.body, true)}
          >
            Assign anyway
          </button>{' '}
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => setWarning(undefined)}
          >
            Cancel
          </button>
        </div>
      ) : null}
    </form>
  );
}
