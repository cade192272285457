import { describe, expect, it } from 'vitest';
import {
  outlineOf,
  selfAndBelow,
  type OutlineTask,
} from '../../web/src/pages/program-detail/task-outline.js';

const task = (
  id: string,
  parentTaskId: string | null = null,
  position: number | null = null,
  dueDate: string | null = null,
): OutlineTask => ({ id, name: id, parentTaskId, position, dueDate });

describe('the task outline in the web', () => {
  it('puts children under their summary, siblings by position, then by due date', () => {
    const rows = outlineOf([
      task('b', null, 2),
      task('b2', 'b', 2),
      task('a', null, 1),
      task('b1', 'b', 1),
      task('b1x', 'b1', null, '2031-01-01'),
      task('loose', null, null, '2030-01-01'),
    ]);
    expect(rows.map((r) => [r.task.id, r.depth, r.summary])).toEqual([
      ['a', 0, false],
      ['b', 0, true],
      ['b1', 1, true],
      ['b1x', 2, false],
      ['b2', 1, false],
      ['loose', 0, false],
    ]);
  });

  it('puts a task whose parent is not in the list at the top, and never loops', () => {
    expect(outlineOf([task('x', 'gone')]).map((r) => r.depth)).toEqual([0]);
    // A loop (only a stale read could hold one) is shown, not recursed into.
    expect(outlineOf([task('p', 'q'), task('q', 'p')]).map((r) => [r.task.id, r.depth])).toEqual([
      ['p', 0],
      ['q', 1],
    ]);
  });

  it('knows which tasks cannot become a parent: the task and all below it', () => {
    const tasks = [task('a'), task('b', 'a'), task('c', 'b'), task('d')];
    expect([...selfAndBelow(tasks, 'a')].sort()).toEqual(['a', 'b', 'c']);
  });
});
