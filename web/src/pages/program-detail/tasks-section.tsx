import { Fragment, useState } from 'react';
import type { Dependency, Task } from '../../api/types';
import { api, unwrap } from '../../api/waymark-api';
import { DeleteConfirmation } from '../../components/delete-confirmation';
import { NewTaskForm } from './new-task-form';
import { usePlan } from './plan-context';
import { PlanSection } from './plan-section';
import { TaskEditRow } from './task-edit-row';
import { outlineOf } from './task-outline';
import { TaskRow } from './task-row';
import { usePlanSchedule } from './use-plan-schedule';

/**
 * Every task of the program in outline order (a summary's tasks indented below it) with
 * where the schedule puts it; a writer edits a row in place.
 */
export function TasksSection() {
  const { plan, canWrite, reload, calendars } = usePlan();
  const [editingId, setEditingId] = useState<string | null>(null);
  const [deletingId, setDeletingId] = useState<string | null>(null);
  const schedule = usePlanSchedule(plan, calendars);
  const scheduled = new Map((schedule?.items ?? []).map((i) => [i.id, i]));
  const missed = new Set(
    (schedule?.diagnostics ?? [])
      .filter((d) => d.code === 'deadline_missed')
      .flatMap((d) => d.itemIds),
  );
  const tasks = outlineOf(plan.tasks);
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
              {tasks.map(({ task, depth, summary }) =>
                editingId === task.id ? (
                  <TaskEditRow key={task.id} task={task} onDone={() => setEditingId(null)} />
                ) : (
                  <Fragment key={task.id}>
                    <TaskRow
                      task={task}
                      outline={{ depth, summary }}
                      scheduled={scheduled.get(task.id)}
                      deadlineMissed={missed.has(task.id)}
                      onEdit={canWrite ? () => setEditingId(task.id) : undefined}
                      onDelete={canWrite ? () => setDeletingId(task.id) : undefined}
                    />
                    {deletingId === task.id ? (
                      <tr>
                        <td colSpan={7}>
                          <DeleteConfirmation
                            kind="task"
                            name={task.name}
                            consequence={taskDeleteConsequence(task, plan.dependencies)}
                            onConfirm={async () => {
                              await unwrap(
                                api.DELETE('/api/tasks/{id}', {
                                  params: {
                                    path: { id: task.id },
                                    query: { version: task.version },
                                  },
                                }),
                              );
                              reload();
                            }}
                            onCancel={() => setDeletingId(null)}
                            onReload={reload}
                          />
                        </td>
                      </tr>
                    ) : null}
                  </Fragment>
                ),
              )}
            </tbody>
          </table>
        </div>
      )}
    </PlanSection>
  );
}

/** Its links and assignments go with a task (the database cascades them); the schedule closes the gap. */
function taskDeleteConsequence(task: Task, dependencies: Dependency[]): string {
  const links = dependencies.filter(
    (d) => d.predecessor.id === task.id || d.successor.id === task.id,
  ).length;
  if (links === 0) return 'Its assignments go with it.';
  return `Its assignments and its ${links === 1 ? 'dependency link go' : `${links} dependency links go`} with it, and the schedule is recomputed.`;
}
