import { useState } from 'react';
import { NewTaskForm } from './new-task-form';
import { usePlan } from './plan-context';
import { PlanSection } from './plan-section';
import { TaskEditRow } from './task-edit-row';
import { TaskRow } from './task-row';

/** Every task of the program; a writer edits a row in place. */
export function TasksSection() {
  const { plan, canWrite } = usePlan();
  const [editingId, setEditingId] = useState<string | null>(null);
  const tasks = [...plan.tasks].sort(
    (a, b) =>
      (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.name.localeCompare(b.name),
  );
  const done = plan.tasks.filter((t) => t.state === 'done').length;

  return (
    <PlanSection
      id="tasks"
      title="Tasks"
      count={plan.tasks.length}
      note={plan.tasks.length > 0 ? <span className="card__header-note">{done} done</span> : null}
      flush
      itemName="task"
      addForm={(onDone) => <NewTaskForm onDone={onDone} />}
    >
      {tasks.length === 0 ? (
        <p className="empty muted">No tasks yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="table table--tasks">
            <thead>
              <tr>
                <th scope="col">Task</th>
                <th scope="col">State</th>
                <th scope="col">Owner</th>
                <th scope="col">Start</th>
                <th scope="col">Due</th>
                <th scope="col" className="numeric">
                  Estimate
                </th>
                {canWrite ? (
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {tasks.map((task) =>
                editingId === task.id ? (
                  <TaskEditRow key={task.id} task={task} onDone={() => setEditingId(null)} />
                ) : (
                  <TaskRow
                    key={task.id}
                    task={task}
                    onEdit={canWrite ? () => setEditingId(task.id) : undefined}
                  />
                ),
              )}
            </tbody>
          </table>
        </div>
      )}
    </PlanSection>
  );
}
