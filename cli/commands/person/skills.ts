import { Command, Option } from 'commander';
import { call, connect } from '../../connection.js';
import { CliError } from '../../errors.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** "SQL:4" → { name: 'SQL', proficiency: 4 }; problems are collected, not thrown one by one. */
function parseSkill(text: string, flag: string, problems: string[]) {
  const m = /^(.+):([1-5])$/.exec(text.trim());
  if (!m) {
    problems.push(`${flag}: "${text}" must be NAME:LEVEL with a level from 1 to 5`);
    return null;
  }
  return { name: m[1]!.trim(), proficiency: Number(m[2]) };
}

export function personSkillsCommand(io: CliIo): Command {
  const command = new Command('skills')
    .description(
      "replace a person's skills and domains, e.g. --skill 'Release planning:4' --domain Payments:3",
    )
    .argument('<id>', 'person id')
    .addOption(
      new Option('--skill <name:level>', 'a skill and its level 1-5 (repeatable)').argParser(
        collect,
      ),
    )
    .addOption(
      new Option('--domain <name:level>', 'a domain and its level 1-5 (repeatable)').argParser(
        collect,
      ),
    );
  addJsonOption(command);
  return command.action(
    async (id: string, options: { skill?: string[]; domain?: string[]; json?: boolean }) => {
      const problems: string[] = [];
      const skills = [
        ...(options.skill ?? []).map((s) => ({
          kind: 'skill' as const,
          parsed: parseSkill(s, 'skill', problems),
        })),
        ...(options.domain ?? []).map((s) => ({
          kind: 'domain' as const,
          parsed: parseSkill(s, 'domain', problems),
        })),
      ];
      if (problems.length) throw CliError.usage(...problems);
      const { url, client } = await connect(io);
      const current = await call(url, client.GET('/api/people/{id}', { params: { path: { id } } }));
      const person = await call(
        url,
        client.PUT('/api/people/{id}/skills', {
          params: { path: { id } },
          body: {
            version: current.version,
            skills: skills.map((s) => ({ kind: s.kind, ...s.parsed! })),
          },
        }),
      );
      if (options.json) return printJson(io, person);
      io.out(
        `${person.name}: ${person.skills.map((s) => `${s.name} ${s.proficiency}`).join(', ') || 'no skills'}\n`,
      );
    },
  );
}
