import type { paths } from '../../../contracts/api-client.js';
import type { CliIo } from '../../io.js';
import { orDash, renderFields, renderTable, type Column } from '../../output.js';

export type Objective =
  paths['/api/objectives/{id}']['get']['responses'][200]['content']['application/json'];
type KeyResult = Objective['keyResults'][number];

export const percent = (score: number | null) =>
  score === null ? '-' : `${Math.round(score * 100)}%`;

export const OBJECTIVE_COLUMNS: readonly Column<Objective>[] = [
  { header: 'ID', value: (o) => o.id },
  { header: 'PERIOD', value: (o) => o.period },
  { header: 'TITLE', value: (o) => o.title, maxWidth: 40 },
  {
    header: 'OWNER',
    value: (o) =>
      o.ownerKind === 'organization' ? 'organization' : orDash(o.teamName ?? o.personName),
    maxWidth: 24,
  },
  { header: 'STATE', value: (o) => o.state },
  { header: 'SCORE', value: (o) => percent(o.score) },
  { header: 'KRS', value: (o) => String(o.keyResults.length) },
  { header: 'PARENT', value: (o) => orDash(o.parent?.title ?? null), maxWidth: 30 },
];

const KR_COLUMNS: readonly Column<KeyResult>[] = [
  { header: 'ID', value: (k) => k.id },
  { header: 'KEY RESULT', value: (k) => k.title, maxWidth: 40 },
  { header: 'START', value: (k) => String(k.startValue) },
  { header: 'TARGET', value: (k) => String(k.targetValue) },
  { header: 'NOW', value: (k) => orDash(k.currentValue) },
  { header: 'SCORE', value: (k) => percent(k.score) },
  { header: 'CONFIDENCE', value: (k) => orDash(k.confidence) },
  { header: 'BINDING', value: (k) => (k.kpiId ? `kpi ${k.kpiId}` : k.binding) },
];

export function printObjective(io: CliIo, o: Objective) {
  io.out(
    renderFields([
      ['Objective', `${o.title} (${o.id})`],
      ['Period', `${o.period} (${o.from} to ${o.to})`],
      [
        'Owner',
        o.ownerKind === 'organization'
          ? 'organization'
          : `${o.ownerKind} ${orDash(o.teamName ?? o.personName)}`,
      ],
      ['State', o.state],
      ['Score', percent(o.score)],
      ['Parent', o.parent ? `${o.parent.title} (${o.parent.id})` : '-'],
      ['Children', String(o.childIds.length)],
      ['Programs', o.programIds.length ? o.programIds.join(', ') : '-'],
      ['Version', String(o.version)],
    ]),
  );
  if (o.keyResults.length) io.out(`\n${renderTable(KR_COLUMNS, o.keyResults)}`);
}
