import { describe, expect, it } from 'vitest';
import { demoCalendar } from './demo-calendar.js';
import type { DemoDependency, DemoOrganization } from './demo-model.js';
import { WORKING_MINUTES_PER_DAY } from './demo-model.js';
import { buildDemoOrganization } from './demo-organization.js';

const TODAY = '2030-01-16'; // a Wednesday
const org = buildDemoOrganization(TODAY);
const tasks = org.programs.flatMap((p) => p.tasks);
const milestones = org.programs.flatMap((p) => p.milestones);

interface Item {
  programKey: string;
  start: string;
  finish: string;
  done: boolean;
  started: boolean;
}
const items = new Map<string, Item>();
for (const p of org.programs) {
  for (const t of p.tasks) {
    const started = t.state !== 'todo';
    items.set(t.key, {
      programKey: p.key,
      start: t.startDate,
      finish: t.dueDate,
      done: t.state === 'done',
      started,
    });
  }
  for (const m of p.milestones) {
    const done = m.state === 'achieved';
    items.set(m.key, {
      programKey: p.key,
      start: m.dueDate,
      finish: m.dueDate,
      done,
      started: done,
    });
  }
}
const item = (key: string) => items.get(key)!;
const crossProgram = (d: DemoDependency) =>
  item(d.predecessor).programKey !== item(d.successor).programKey;

/** Working days since 2000-01-03 (a Monday); every demo date is a weekday. */
function workday(date: string): number {
  const days = (Date.parse(`${date}T00:00:00Z`) - Date.UTC(2000, 0, 3)) / 86_400_000;
  return Math.floor(days / 7) * 5 + (days % 7);
}

/** A cycle as a list of keys, or null: depth-first search with three colours. */
function findCycle(deps: DemoDependency[]): string[] | null {
  const next = new Map<string, string[]>();
  for (const d of deps) next.set(d.predecessor, [...(next.get(d.predecessor) ?? []), d.successor]);
  const state = new Map<string, 'open' | 'closed'>();
  const path: string[] = [];
  const visit = (key: string): string[] | null => {
    if (state.get(key) === 'closed') return null;
    if (state.get(key) === 'open') return [...path.slice(path.indexOf(key)), key];
    state.set(key, 'open');
    path.push(key);
    for (const s of next.get(key) ?? []) {
      const cycle = visit(s);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(key, 'closed');
    return null;
  };
  for (const key of next.keys()) {
    const cycle = visit(key);
    if (cycle) return cycle;
  }
  return null;
}

describe('buildDemoOrganization', () => {
  it('is big enough to be worth looking at', () => {
    expect(org.people.length).toBeGreaterThanOrEqual(25);
    expect(org.programs.length).toBeGreaterThanOrEqual(3);
    expect(tasks.length).toBeGreaterThanOrEqual(40);
    expect(org.dependencies.filter(crossProgram).length).toBeGreaterThanOrEqual(3);
    expect(new Set(org.programs.map((p) => p.health))).toEqual(new Set(['green', 'amber', 'red']));
    expect(new Set(tasks.map((t) => t.state))).toEqual(
      new Set(['done', 'in_progress', 'todo', 'blocked']),
    );
    expect(new Set(org.dependencies.map((d) => d.type))).toEqual(new Set(['FS', 'SS', 'FF']));
    expect(org.dependencies.some((d) => d.lagMinutes === 2 * WORKING_MINUTES_PER_DAY)).toBe(true);
  });

  it('gives every person a unique first.last address on the reserved .test domain', () => {
    for (const p of org.people) expect(p.email).toMatch(/^[a-z-]+\.[a-z-]+@waymark\.test$/);
    const emails = org.people.map((p) => p.email.toLowerCase());
    expect(new Set(emails).size).toBe(emails.length);
    expect(emails).not.toContain('admin@waymark.test');
  });

  it('follows the career ladder: titles, grades, roles, managers', () => {
    const grade: Array<[RegExp, number]> = [
      [/^Senior Director,/, 11],
      [/^Director,/, 10],
      [/^Senior Manager,/, 9],
      [/^Manager,/, 8],
      [/^Associate /, 5],
      [/^Senior /, 7],
      [/^Staff /, 8],
      [/^Principal/, 9],
      [/^(Engineering |IT )?(Technical )?Program Manager/, 6],
    ];
    const byKey = new Map(org.people.map((p) => [p.key, p]));
    for (const p of org.people) {
      if (p.track === 'partner') {
        expect([p.role, p.grade]).toEqual(['stakeholder', null]);
        continue;
      }
      expect(p.grade, p.title).toBe(grade.find(([re]) => re.test(p.title))?.[1]);
      expect(p.role, p.title).toBe(
        /^(Senior )?(Manager|Director),/.test(p.title) ? 'tpm_manager' : 'tpm',
      );
      if (p.managerKey)
        expect(['tpm_manager', 'stakeholder']).toContain(byKey.get(p.managerKey)?.role);
    }
    expect(new Set(org.people.map((p) => p.grade).filter((g) => g !== null))).toEqual(
      new Set([5, 6, 7, 8, 9, 10, 11]),
    );
  });

  it('refers only to teams, people, workstreams and milestones that exist', () => {
    const teams = new Set(org.teams.map((t) => t.key));
    const people = new Map(org.people.map((p) => [p.key, p]));
    expect(new Set(org.teams.map((t) => t.name)).size).toBe(org.teams.length);
    for (const p of org.people) expect(teams.has(p.teamKey), p.key).toBe(true);
    for (const program of org.programs) {
      const workstreams = new Set(program.workstreams.map((w) => w.key));
      const ownMilestones = new Set(program.milestones.map((m) => m.key));
      expect(people.get(program.ownerKey)?.role).toMatch(/^tpm/);
      expect(people.get(program.sponsorKey)?.role).toBe('stakeholder');
      expect(program.workstreams.length).toBeGreaterThanOrEqual(2);
      expect(program.workstreams.length).toBeLessThanOrEqual(4);
      for (const w of program.workstreams) expect(people.has(w.leadKey), w.key).toBe(true);
      for (const m of program.milestones)
        expect(workstreams.has(m.workstreamKey), m.key).toBe(true);
      for (const t of program.tasks) {
        expect(workstreams.has(t.workstreamKey), t.key).toBe(true);
        if (t.milestoneKey) expect(ownMilestones.has(t.milestoneKey), t.key).toBe(true);
        expect(people.has(t.ownerKey), t.key).toBe(true);
        expect(teams.has(t.teamKey), t.key).toBe(true);
        expect(t.estimateHours).toBeGreaterThan(0);
      }
    }
    expect(items.size).toBe(tasks.length + milestones.length); // one namespace, no key reused
  });

  it('gives every milestone 2-4 success criteria, some met with evidence', () => {
    for (const m of milestones) {
      expect(m.criteria.length, m.key).toBeGreaterThanOrEqual(2);
      expect(m.criteria.length, m.key).toBeLessThanOrEqual(4);
      if (m.state === 'achieved')
        expect(
          m.criteria.every((c) => c.state === 'met'),
          m.key,
        ).toBe(true);
    }
    const criteria = milestones.flatMap((m) => m.criteria);
    expect(new Set(criteria.map((c) => c.state))).toEqual(new Set(['pending', 'met', 'not_met']));
    const links = criteria.flatMap((c) => (c.evidenceUrl ? [c.evidenceUrl] : []));
    expect(links.length).toBeGreaterThan(5);
    for (const url of links) expect(url).toMatch(/^https:\/\/docs\.example\.com\//);
  });

  it('has dependencies whose ends exist, without self-links, duplicates or cycles', () => {
    for (const d of org.dependencies) {
      expect(items.has(d.predecessor), d.predecessor).toBe(true);
      expect(items.has(d.successor), d.successor).toBe(true);
      expect(d.predecessor).not.toBe(d.successor);
      expect(d.lagMinutes % WORKING_MINUTES_PER_DAY).toBe(0);
    }
    const pairs = org.dependencies.map((d) => `${d.predecessor}>${d.successor}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(findCycle(org.dependencies)).toBeNull();
  });

  it('the cycle finder used above does find a cycle', () => {
    const dep = (predecessor: string, successor: string): DemoDependency => ({
      predecessor,
      successor,
      type: 'FS',
      lagMinutes: 0,
    });
    expect(findCycle([dep('a', 'b'), dep('b', 'c'), dep('c', 'a')])).toEqual(['a', 'b', 'c', 'a']);
  });

  it('lays out dates that respect every link and lag, on weekdays, inside the program window', () => {
    for (const p of org.programs) {
      expect(p.startDate <= p.targetDate).toBe(true);
      for (const t of p.tasks) {
        expect(t.startDate <= t.dueDate, t.key).toBe(true);
        expect(t.startDate >= p.startDate && t.dueDate <= p.targetDate, t.key).toBe(true);
      }
      for (const m of p.milestones)
        expect(m.dueDate >= p.startDate && m.dueDate <= p.targetDate, m.key).toBe(true);
    }
    for (const i of items.values())
      for (const date of [i.start, i.finish]) expect(new Date(date).getUTCDay() % 6).not.toBe(0);
    for (const d of org.dependencies) {
      const [a, b] = [item(d.predecessor), item(d.successor)];
      const lag = d.lagMinutes / WORKING_MINUTES_PER_DAY;
      // A task ends at the end of its due day; a milestone is a point at the end of its day.
      const gap = tasks.some((t) => t.key === d.successor) ? 1 : 0;
      const label = `${d.predecessor} ${d.type} ${d.successor}`;
      if (d.type === 'FS')
        expect(workday(b.start), label).toBeGreaterThanOrEqual(workday(a.finish) + gap + lag);
      if (d.type === 'SS')
        expect(workday(b.start), label).toBeGreaterThanOrEqual(workday(a.start) + lag);
      if (d.type === 'FF')
        expect(workday(b.finish), label).toBeGreaterThanOrEqual(workday(a.finish) + lag);
    }
  });

  it('has states that agree with today, whatever the day of the week', () => {
    for (let day = 14; day <= 20; day++) {
      const today = `2030-01-${day}`;
      for (const t of buildDemoOrganization(today).programs.flatMap((p) => p.tasks)) {
        if (t.state === 'done') expect(t.dueDate < today, t.key).toBe(true);
        if (t.state === 'todo') expect(t.startDate > today, t.key).toBe(true);
        if (t.state === 'in_progress')
          expect(t.startDate <= today && t.dueDate >= today, t.key).toBe(true);
      }
    }
  });

  it('has states that agree with the links', () => {
    for (const m of milestones)
      if (m.state !== 'planned') expect(m.dueDate < TODAY, m.key).toBe(true);
    for (const d of org.dependencies) {
      const [a, b] = [item(d.predecessor), item(d.successor)];
      if (d.type === 'FS' && b.started)
        expect(a.done, `${d.predecessor} before ${d.successor}`).toBe(true);
      if (d.type === 'SS' && b.started)
        expect(a.started, `${d.predecessor} with ${d.successor}`).toBe(true);
    }
  });

  it('is deterministic for a given today, and moves with it', () => {
    expect(buildDemoOrganization(TODAY)).toEqual(org);
    const [residency, payments] = org.programs;
    expect([residency!.startDate, residency!.targetDate]).toEqual(['2029-12-03', '2030-05-13']);
    expect([payments!.startDate, payments!.targetDate]).toEqual(['2029-11-05', '2030-04-15']);
    expect(buildDemoOrganization('2030-01-14').programs).toEqual(org.programs); // same week, same plan
    const shift = (o: DemoOrganization) =>
      o.programs.flatMap((p) => p.tasks.map((t) => t.startDate));
    const weekLater = shift(buildDemoOrganization('2030-01-23'));
    shift(org).forEach((date, i) =>
      expect(Date.parse(weekLater[i]!) - Date.parse(date)).toBe(7 * 86_400_000),
    );
  });
});

describe('demoCalendar', () => {
  it('counts working days from the Monday of the week', () => {
    const cal = demoCalendar('2030-01-19'); // a Saturday
    expect([cal.day(0), cal.day(4), cal.day(5), cal.day(-1), cal.day(-5)]).toEqual([
      '2030-01-14',
      '2030-01-18',
      '2030-01-21',
      '2030-01-11',
      '2030-01-07',
    ]);
  });

  it('rejects a date that is not a calendar date', () => {
    for (const bad of ['2030-02-30', '16/01/2030', '', '2030-1-16'])
      expect(() => demoCalendar(bad)).toThrow(RangeError);
  });
});
