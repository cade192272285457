import AjvModule, { type ErrorObject, type ValidateFunction } from 'ajv';
import { PlanFileSchema, type PlanFileDocument } from './plan-file.schema.js';
import { fieldName, pathOfPointer, type PlanPath } from './yaml-locator.js';

/** One problem in a plan file, where the user can find it. */
export interface PlanFileError {
  /** 1-based line in the YAML file. */
  line: number;
  /** Dotted path with 0-based list positions, e.g. `tasks[2].after[0].lag`. */
  field: string;
  reason: string;
}

/** A problem before its line is known. */
export interface LocatedIssue {
  path: PlanPath;
  reason: string;
}

const Ajv = AjvModule.default;
let validator: ValidateFunction | undefined;

function compiled(): ValidateFunction {
  validator ??= new Ajv({ allErrors: true, verbose: true, strict: true }).compile(PlanFileSchema);
  return validator;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a map of fields',
  null: 'empty',
};

function describe(error: ErrorObject): string | undefined {
  const schema = error.parentSchema as { description?: unknown } | undefined;
  return typeof schema?.description === 'string' ? schema.description : undefined;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

interface Pending {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  issue: LocatedIssue;
}

function reasonOf(error: ErrorObject): LocatedIssue {
  const path = pathOfPointer(error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { path: [...path, String(params.missingProperty)], reason: 'required' };
    case 'additionalProperties': {
      const known = Object.keys(
        (error.parentSchema as { properties?: object } | undefined)?.properties ?? {},
      );
      return {
        path: [...path, String(params.additionalProperty)],
        reason: `unknown field${known.length ? ` (expected one of: ${known.join(', ')})` : ''}`,
      };
    }
    case 'type':
      return {
        path,
        reason: `must be ${describe(error) ?? TYPE_WORDS[String(params.type)] ?? params.type}`,
      };
    case 'pattern':
      return { path, reason: `must be ${describe(error) ?? `like ${String(params.pattern)}`}` };
    case 'minimum':
      return { path, reason: `must be at least ${String(params.limit)}` };
    case 'maximum':
      return { path, reason: `must be at most ${String(params.limit)}` };
    case 'minItems':
      return { path, reason: `must list at least ${plural(Number(params.limit), 'item')}` };
    case 'minLength':
      return { path, reason: 'must not be empty' };
    case 'const':
    case 'enum':
      return { path, reason: `must be ${describe(error) ?? 'one of the allowed values'}` };
    default:
      return { path, reason: error.message ?? error.keyword };
  }
}

/**
 * Ajv reports a failed union (anyOf) with every branch's complaints. Keep what
 * helps: when the value failed a branch only on its type, that branch was not
 * meant; if the value fits no branch at all, say what the union accepts.
 * Innermost unions first, so a union inside a union resolves cleanly.
 */
function resolveUnions(errors: ErrorObject[]): Pending[] {
  const pending: (Pending & { dropped?: true })[] = [];
  // Each issue filed under its own instance path and every ancestor path, so a
  // union finds the issues inside it without scanning them all (a file with
  // thousands of bad tasks has thousands of unions).
  const under = new Map<string, (Pending & { dropped?: true })[]>();
  const add = (p: Pending) => {
    pending.push(p);
    for (let path = p.instancePath; ; path = path.slice(0, path.lastIndexOf('/'))) {
      const list = under.get(path);
      if (list) list.push(p);
      else under.set(path, [p]);
      if (path === '') break;
    }
  };
  for (const e of errors)
    if (e.keyword !== 'anyOf')
      add({
        instancePath: e.instancePath,
        schemaPath: e.schemaPath,
        keyword: e.keyword,
        issue: reasonOf(e),
      });
  const unions = errors
    .filter((e) => e.keyword === 'anyOf')
    .sort((a, b) => b.schemaPath.length - a.schemaPath.length);
  for (const union of unions) {
    const prefix = `${union.schemaPath}/`;
    const inside = (under.get(union.instancePath) ?? []).filter(
      (p) => !p.dropped && p.schemaPath.startsWith(prefix),
    );
    const meant = inside.filter(
      (p) =>
        !(
          p.instancePath === union.instancePath &&
          ['type', 'const', 'enum', 'union'].includes(p.keyword)
        ),
    );
    for (const p of inside) if (!meant.includes(p)) p.dropped = true;
    if (meant.length === 0)
      add({
        instancePath: union.instancePath,
        schemaPath: union.schemaPath,
        keyword: 'union',
        issue: {
          path: pathOfPointer(union.instancePath),
          reason: `must be ${describe(union) ?? 'one of the allowed forms'}`,
        },
      });
  }
  return pending.filter((p) => !p.dropped);
}

/** Checks a parsed plan against the schema; the issues carry paths, not yet lines. */
export function checkPlanSchema(
  value: unknown,
): { ok: true; document: PlanFileDocument } | { ok: false; issues: LocatedIssue[] } {
  const validate = compiled();
  if (validate(value)) return { ok: true, document: value as PlanFileDocument };
  const seen = new Set<string>();
  const issues: LocatedIssue[] = [];
  for (const { issue } of resolveUnions(validate.errors ?? [])) {
    const key = `${fieldName(issue.path)}\u0000${issue.reason}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return { ok: false, issues };
}
