import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SectionContent, TemplateSection } from '../../../contracts/post-mortem.schema.js';
import {
  applySectionContent,
  periodIssues,
  sectionsFromTemplate,
  templateIssues,
} from './post-mortem-rules.js';

const IDS = ['wentWell', 'didNotGoWell', 'rootCauses', 'doDifferently', 'luck', 'people'];
const template: fc.Arbitrary<TemplateSection[]> = fc
  .uniqueArray(fc.constantFrom(...IDS), { minLength: 1, maxLength: IDS.length })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        fc.record({
          id: fc.constant(id),
          title: fc.string({ minLength: 1, maxLength: 10 }),
          prompt: fc.string({ maxLength: 10 }),
          kind: fc.constantFrom('list' as const, 'text' as const),
        }),
      ),
    ),
  );
const item = fc.record({
  text: fc.string({ minLength: 1, maxLength: 10 }),
  category: fc.option(fc.string({ minLength: 1, maxLength: 5 }), { nil: null }),
});
const content: fc.Arbitrary<SectionContent[]> = fc.array(
  fc.oneof(
    fc.record({ id: fc.constantFrom(...IDS), items: fc.array(item, { maxLength: 3 }) }),
    fc.record({ id: fc.constantFrom(...IDS), text: fc.option(fc.string(), { nil: null }) }),
  ),
  { maxLength: 5 },
);

describe('applySectionContent', () => {
  it('keeps the template’s titles, prompts, kinds and order, and the content of sections not named', () => {
    fc.assert(
      fc.property(template, content, (t, c) => {
        const before = sectionsFromTemplate(t);
        const { sections } = applySectionContent(before, c);
        const shape = (s: (typeof sections)[number]) => [s.id, s.title, s.prompt, s.kind];
        expect(sections.map(shape)).toEqual(before.map(shape));
        const named = new Set(c.map((x) => x.id));
        for (const [i, s] of sections.entries()) if (!named.has(s.id)) expect(s).toEqual(before[i]);
      }),
    );
  });

  it('accepts content only for free sections of the right kind, named once', () => {
    fc.assert(
      fc.property(template, content, (t, c) => {
        const { issues } = applySectionContent(sectionsFromTemplate(t), c);
        const kinds = new Map(t.map((s) => [s.id, s.kind]));
        const acceptable = c.every(
          (x, i) =>
            c.findIndex((y) => y.id === x.id) === i &&
            !['wentWell', 'didNotGoWell', 'rootCauses'].includes(x.id) &&
            kinds.has(x.id) &&
            ('items' in x ? kinds.get(x.id) === 'list' : kinds.get(x.id) === 'text'),
        );
        expect(issues.length === 0).toBe(acceptable);
      }),
    );
  });
});

describe('templateIssues and periodIssues', () => {
  it('refuses a repeated id and a bound section that is not a list', () => {
    const list = { title: 'T', prompt: '', kind: 'list' as const };
    expect(
      templateIssues([
        { id: 'a', ...list },
        { id: 'a', ...list },
      ]).map((i) => i.path),
    ).toEqual(['body.sections[1].id']);
    expect(templateIssues([{ id: 'rootCauses', ...list, kind: 'text' }])[0]!.path).toBe(
      'body.sections[0].kind',
    );
  });

  it('refuses exactly the periods that run backwards', () => {
    const day = fc
      .integer({ min: 0, max: 3000 })
      .map((n) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (from, to) => {
        expect(periodIssues(from, to).length > 0).toBe(Date.parse(to) < Date.parse(from));
      }),
    );
  });
});
