import type { KpiItem } from '../../../contracts/kpi.schema.js';
import { inPeriod, quarterSlices } from '../../../engine/measures/index.js';
import { dayInWords } from '../../../engine/reporting/day-in-words.js';
import { loadBetween } from '../capacity/capacity-weeks.js';
import { scopeCondition, scopeParams, type KpiSource } from './kpi-scope.js';

interface ResponseRow {
  id: string;
  survey_title: string;
  program_id: string | null;
  program_name: string | null;
  submitted_on: string;
  satisfaction: string | null;
}

export const satisfactionSource: KpiSource = async (db, scope, period) => {
  const params = [...scopeParams(scope), period.from, period.to];
  const [responses, invitations] = await Promise.all([
    db.query<ResponseRow>(
      `SELECT r.id, s.title AS survey_title, s.program_id, p.name AS program_name,
              (r.submitted_at AT TIME ZONE 'UTC')::date::text AS submitted_on,
              r.answers->>'satisfaction' AS satisfaction
         FROM survey_responses r JOIN surveys s ON s.id = r.survey_id
         LEFT JOIN programs p ON p.id = s.program_id
        WHERE ${scopeCondition('s.program_id')}
          AND (r.submitted_at AT TIME ZONE 'UTC')::date BETWEEN $3 AND $4
        ORDER BY r.submitted_at, r.id`,
      params,
    ),
    db.query<{ n: number }>(
      `SELECT count(*)::int AS n
         FROM survey_invitations i JOIN surveys s ON s.id = i.survey_id
        WHERE ${scopeCondition('s.program_id')}
          AND (i.created_at AT TIME ZONE 'UTC')::date BETWEEN $3 AND $4`,
      params,
    ),
  ]);
  const rows = responses.rows.map((r) => {
    const score = Number(r.satisfaction);
    // Only the 1–5 scale counts; a missing or malformed answer is listed but not averaged.
    return { ...r, score: Number.isInteger(score) && score >= 1 && score <= 5 ? score : null };
  });
  const invited = invitations.rows[0]!.n;
  return {
    facts: rows.map((r) => ({ date: r.submitted_on, good: null, value: r.score })),
    items: rows.map((r): KpiItem => ({
      kind: 'survey_response',
      id: r.id,
      name: r.survey_title,
      programId: r.program_id,
      programName: r.program_name,
      date: r.submitted_on,
      value: r.score,
      counts:
        r.score === null ? 'neutral' : r.score >= 4 ? 'good' : r.score <= 2 ? 'bad' : 'neutral',
      detail:
        r.score === null
          ? `Submitted ${dayInWords(r.submitted_on)} without a satisfaction answer: not counted.`
          : `Submitted ${dayInWords(r.submitted_on)}: satisfaction ${r.score} of 5.`,
    })),
    figures: [
      {
        label: 'Response rate (responses / invitations created in the period)',
        value: invited > 0 ? Math.round((rows.length / invited) * 1000) / 1000 : null,
        unit: 'share',
      },
      { label: 'Responses', value: rows.length, unit: 'count' },
      { label: 'Invitations created', value: invited, unit: 'count' },
    ],
  };
};

interface PersonRow {
  id: string;
  name: string;
}

export const capacitySource: KpiSource = async (db, scope, period) => {
  // Unfiltered: every TPM; filtered to programs: the people who own them.
  const people = (
    scope.withoutProgram
      ? await db.query<PersonRow>(
          `SELECT id, name FROM users WHERE role IN ('tpm', 'tpm_manager') AND active ORDER BY name, id`,
        )
      : await db.query<PersonRow>(
          `SELECT DISTINCT u.id, u.name FROM users u JOIN programs p ON p.owner_id = u.id
            WHERE ${scopeCondition('p.id')} ORDER BY u.name, u.id`,
          scopeParams(scope),
        )
  ).rows;
  const ids = people.map((p) => p.id);
  const slices = quarterSlices(period).filter((s) => inPeriod(s.from, period));
  const loads = await Promise.all(slices.map((s) => loadBetween(db, ids, s)));
  const facts = slices.flatMap((s, i) =>
    people.map((p) => {
      const l = loads[i]!.get(p.id) ?? { capacityMinutes: 0, loadMinutes: 0 };
      return {
        date: s.from,
        good: null,
        value: l.loadMinutes / 60,
        weight: l.capacityMinutes / 60,
        key: p.id,
      };
    }),
  );
  const items = people.map((p): KpiItem => {
    const [load, capacity] = loads.reduce(
      ([l, c], m) => [l + (m.get(p.id)?.loadMinutes ?? 0), c + (m.get(p.id)?.capacityMinutes ?? 0)],
      [0, 0],
    );
    const ratio = capacity > 0 ? Math.round((load / capacity) * 1000) / 1000 : null;
    return {
      kind: 'person',
      id: p.id,
      name: p.name,
      programId: null,
      programName: null,
      date: null,
      value: ratio,
      counts: ratio === null ? 'neutral' : ratio > 1 ? 'bad' : 'good',
      detail:
        ratio === null
          ? `No available hours from ${dayInWords(period.from)} to ${dayInWords(period.to)}.`
          : `${Math.round(load / 60)} of ${Math.round(capacity / 60)} available hours allocated from ${dayInWords(period.from)} to ${dayInWords(period.to)}.`,
    };
  });
  const totalLoad = facts.reduce((s, f) => s + f.value, 0);
  const totalCapacity = facts.reduce((s, f) => s + f.weight, 0);
  return {
    facts,
    items,
    figures: [
      { label: 'Allocated hours', value: Math.round(totalLoad), unit: 'hours' },
      { label: 'Available hours', value: Math.round(totalCapacity), unit: 'hours' },
      { label: 'People', value: people.length, unit: 'count' },
    ],
  };
};
