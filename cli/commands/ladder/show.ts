import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, orDash, printJson, renderTable, type Column } from '../../output.js';
import type { Ladder } from './find-in-ladder.js';

const TRACKS: readonly Column<Ladder['tracks'][number]>[] = [
  { header: 'ID', value: (t) => t.id },
  { header: 'KEY', value: (t) => t.key },
  { header: 'TRACK', value: (t) => t.name, maxWidth: 40 },
];
const COMPETENCIES: readonly Column<Ladder['competencies'][number]>[] = [
  { header: 'ID', value: (c) => c.id },
  { header: 'ORDER', value: (c) => String(c.sortOrder) },
  { header: 'COMPETENCY', value: (c) => c.name, maxWidth: 40 },
  { header: 'LEVELS WITH EXPECTATIONS', value: (c) => String(c.expectations.length) },
];

/** `waymark ladder show [--json]`: tracks, levels by path and grade, competencies. */
export function ladderShowCommand(io: CliIo): Command {
  const command = new Command('show').description(
    'the career ladder: tracks, levels by path and grade, competencies',
  );
  addJsonOption(command);
  return command.action(async (options: { json?: boolean }) => {
    const { url, client } = await connect(io);
    const ladder = await call(url, client.GET('/api/career-ladder'));
    if (options.json) return printJson(io, ladder);
    const nameOf = new Map(ladder.levels.map((l) => [l.id, l.name]));
    const levels: readonly Column<Ladder['levels'][number]>[] = [
      { header: 'ID', value: (l) => l.id },
      { header: 'KEY', value: (l) => l.key },
      { header: 'PATH', value: (l) => l.path },
      { header: 'GRADE', value: (l) => String(l.grade) },
      { header: 'LEVEL', value: (l) => l.name, maxWidth: 32 },
      { header: 'NEXT', value: (l) => orDash(l.nextLevelId && nameOf.get(l.nextLevelId)) },
    ];
    const section = <R>(title: string, columns: readonly Column<R>[], rows: readonly R[]) =>
      `${title}\n${rows.length > 0 ? renderTable(columns, rows) : 'None.\n'}`;
    io.out(
      [
        section('Tracks', TRACKS, ladder.tracks),
        section('Levels', levels, ladder.levels),
        section('Competencies', COMPETENCIES, ladder.competencies),
      ].join('\n'),
    );
  });
}
