import type { ReportFacts } from './report-facts-types.js';

type Bucket = 'completed' | 'slipped' | 'upcoming';
const BUCKETS: readonly Bucket[] = ['completed', 'slipped', 'upcoming'];

export interface ReportDiff {
  health: { from: string; to: string } | null;
  /** Milestones whose set of buckets differs: where each one was and where it is. */
  milestoneBuckets: { id: string; name: string; from: Bucket[]; to: Bucket[] }[];
  /** Milestones whose day differs between the two snapshots. */
  milestoneDates: { id: string; name: string; from: string | null; to: string | null }[];
  forecast: {
    p50: { from: string | null; to: string | null } | null;
    p80: { from: string | null; to: string | null } | null;
  };
  counts: { name: string; from: number; to: number }[];
}

function bucketsOf(facts: ReportFacts) {
  const where = new Map<string, { name: string; buckets: Bucket[] }>();
  for (const bucket of BUCKETS)
    for (const m of facts.milestones[bucket]) {
      const entry = where.get(m.id) ?? { name: m.name, buckets: [] };
      entry.buckets.push(bucket);
      where.set(m.id, entry);
    }
  return where;
}

const moved = (from: string | null, to: string | null) => (from === to ? null : { from, to });

/** What differs between two reports of one program, `from` the older one. Empty when they agree. */
export function diffReports(from: ReportFacts, to: ReportFacts): ReportDiff {
  const a = bucketsOf(from);
  const b = bucketsOf(to);
  const milestoneBuckets: ReportDiff['milestoneBuckets'] = [];
  for (const id of new Set([...a.keys(), ...b.keys()])) {
    const before = a.get(id)?.buckets ?? [];
    const after = b.get(id)?.buckets ?? [];
    if (before.join() !== after.join())
      milestoneBuckets.push({ id, name: (b.get(id) ?? a.get(id))!.name, from: before, to: after });
  }
  const datesBefore = new Map(from.snapshot.milestones.map((m) => [m.id, m]));
  const datesAfter = new Map(to.snapshot.milestones.map((m) => [m.id, m]));
  const milestoneDates: ReportDiff['milestoneDates'] = [];
  for (const id of new Set([...datesBefore.keys(), ...datesAfter.keys()])) {
    const x = datesBefore.get(id);
    const y = datesAfter.get(id);
    if (x?.date !== y?.date)
      milestoneDates.push({ id, name: (y ?? x)!.name, from: x?.date ?? null, to: y?.date ?? null });
  }
  const counts = (Object.keys(to.counts) as (keyof ReportFacts['counts'])[])
    .filter((k) => from.counts[k] !== to.counts[k])
    .map((k) => ({ name: k, from: from.counts[k], to: to.counts[k] }));
  return {
    health: from.health === to.health ? null : { from: from.health, to: to.health },
    milestoneBuckets,
    milestoneDates,
    forecast: {
      p50: moved(from.schedule.p50Finish, to.schedule.p50Finish),
      p80: moved(from.schedule.p80Finish, to.schedule.p80Finish),
    },
    counts,
  };
}
