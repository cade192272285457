import type { Issue } from '../../../contracts/common.schema.js';
import {
  BOUND_SECTION_IDS,
  type PostMortemSection,
  type SectionContent,
  type TemplateSection,
} from '../../../contracts/post-mortem.schema.js';

const isBound = (id: string) => (BOUND_SECTION_IDS as readonly string[]).includes(id);

/** A new post-mortem's sections: the template's as they are today, empty. */
export function sectionsFromTemplate(template: readonly TemplateSection[]): PostMortemSection[] {
  return template.map((s) => ({
    id: s.id,
    title: s.title,
    prompt: s.prompt,
    kind: s.kind,
    items: [],
    text: null,
  }));
}

/**
 * Writes the content sent into the sections it names (the others keep theirs);
 * titles, prompts, kinds and order stay as copied from the template.
 */
export function applySectionContent(
  sections: readonly PostMortemSection[],
  content: readonly SectionContent[],
): { sections: PostMortemSection[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const byId = new Map(sections.map((s) => [s.id, { ...s }]));
  const seen = new Set<string>();
  content.forEach((c, i) => {
    const path = `body.sectionContent[${i}]`;
    const section = byId.get(c.id);
    if (seen.has(c.id))
      return issues.push({ path: `${path}.id`, code: 'duplicate', message: 'is named twice' });
    seen.add(c.id);
    if (isBound(c.id))
      return issues.push({
        path: `${path}.id`,
        code: 'bound_section',
        message: `holds its content in body.${c.id}: send it there`,
      });
    if (!section)
      return issues.push({
        path: `${path}.id`,
        code: 'not_found',
        message: 'is not a section of this post-mortem',
      });
    if (c.items !== undefined && section.kind !== 'list')
      return issues.push({
        path: `${path}.items`,
        code: 'wrong_kind',
        message: 'is for list sections; this one is a text section: send text',
      });
    if (c.text !== undefined && section.kind !== 'text')
      return issues.push({
        path: `${path}.text`,
        code: 'wrong_kind',
        message: 'is for text sections; this one is a list section: send items',
      });
    if (c.items !== undefined) section.items = c.items.map((x) => ({ ...x }));
    if (c.text !== undefined) section.text = c.text;
    byId.set(c.id, section);
  });
  return { sections: sections.map((s) => byId.get(s.id)!), issues };
}

/** A template's sections: unique ids, and the bound ones are lists. */
export function templateIssues(sections: readonly TemplateSection[]): Issue[] {
  const issues: Issue[] = [];
  sections.forEach((s, i) => {
    if (sections.findIndex((x) => x.id === s.id) !== i)
      issues.push({
        path: `body.sections[${i}].id`,
        code: 'duplicate',
        message: `"${s.id}" is the id of an earlier section`,
      });
    if (isBound(s.id) && s.kind !== 'list')
      issues.push({
        path: `body.sections[${i}].kind`,
        code: 'invalid',
        message: `must be list: "${s.id}" holds a list of items`,
      });
  });
  return issues;
}

/** The period covered runs forwards. */
export function periodIssues(from: string, to: string): Issue[] {
  return to < from
    ? [
        {
          path: 'body.periodTo',
          code: 'before_start',
          message: `is before the period's first day (${from})`,
        },
      ]
    : [];
}
