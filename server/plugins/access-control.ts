import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Role } from '../../contracts/account.schema.js';
import type { Container } from '../container.js';
import { ForbiddenError, NotFoundError } from '../domain-errors.js';
import type { AccessRule, Locator, ProgramEntity } from '../modules/access/access-rule.js';
import { personOf, programStandings } from '../modules/access/access.repository.js';
import { canSeePersonalRecord } from '../modules/people/personal-record-access.js';
import {
  grants,
  programAccess,
  type ProgramNeed,
} from '../modules/access/program-access-policy.js';
import { ROUTE_PERMISSIONS } from '../modules/access/route-permissions.js';
import { describeRule } from '../modules/access/rule-description.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route's permission rule, from ROUTE_PERMISSIONS. */
    access?: AccessRule;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const LABEL: Record<ProgramEntity, string> = {
  program: 'Program',
  workstream: 'Workstream',
  calendar: 'Calendar',
  programResource: 'Resource',
  milestone: 'Milestone',
  criterion: 'Success criterion',
  task: 'Task',
  planItem: 'Task or milestone',
  dependency: 'Dependency',
  baseline: 'Baseline',
  forecast: 'Forecast',
  risk: 'Risk',
  assumption: 'Assumption',
  programIssue: 'Issue',
  externalDependency: 'External dependency',
  changeRequest: 'Change request',
  taskAssignment: 'Task assignment',
  allocation: 'Allocation',
  staffingNeed: 'Staffing need',
  decision: 'Decision',
  actionItem: 'Action item',
  statusReport: 'Status report',
  postMortem: 'Post-mortem',
  review: 'Review',
  survey: 'Survey',
};

const REFUSAL: Record<ProgramNeed, string> = {
  read: 'You cannot see this program.',
  money: 'Only the program’s members, TPM managers and admins see its budget and costs.',
  write:
    'You can read this program but not change it: ask one of its owners to add you as an editor.',
  own: 'Only the program’s owners, TPM managers and admins can do this.',
  audit:
    'Only an admin can read the audit log. A program’s owners read that program’s log: ask with its programId.',
};

const ROLE_NAMES: Record<Role, string> = {
  admin: 'an admin',
  tpm_manager: 'a TPM manager',
  tpm: 'a TPM',
  stakeholder: 'a stakeholder',
};
const onlyRoles = (roles: readonly Role[]) =>
  `Only ${roles.map((r) => ROLE_NAMES[r]).join(' or ')} can do this.`;

/** The ids a locator names in the request, as sent (validation has not run yet). */
function idsAt(request: FastifyRequest, at: Locator): { ids: string[]; path: string } {
  const [part, name] =
    'param' in at
      ? (['params', at.param] as const)
      : 'body' in at
        ? (['body', at.body] as const)
        : (['query', at.query] as const);
  const source = request[part] as Record<string, unknown> | null | undefined;
  const value = source && typeof source === 'object' ? source[name] : undefined;
  const ids = (Array.isArray(value) ? value : [value]).filter(
    (v): v is string => typeof v === 'string' && UUID.test(v),
  );
  return { ids, path: `${part}.${name}` };
}

export async function enforceAccess(
  db: Container['db'],
  request: FastifyRequest,
  rule: AccessRule,
): Promise<void> {
  const actor = request.actor;
  // No account: the authentication plugin already answered 401 (or the route is public).
  if (!actor || 'public' in rule || 'signedIn' in rule) return;
  if ('roles' in rule) {
    if (!rule.roles.includes(actor.role))
      throw new ForbiddenError(rule.refusal ?? onlyRoles(rule.roles));
    return;
  }
  if ('selfOr' in rule) {
    const { ids } = idsAt(request, { param: rule.param });
    if (ids[0] === actor.id || rule.selfOr.includes(actor.role)) return;
    throw new ForbiddenError(
      rule.refusal ??
        `Only ${rule.selfOr.map((r) => ROLE_NAMES[r]).join(' or ')} can do this for someone else.`,
    );
  }
  if ('personal' in rule) {
    const [id] = idsAt(request, rule.at).ids;
    const personId = id && (await personOf(db, rule.personal, id));
    if (!personId) return; // no such person or record: the handler answers 404
    if (await canSeePersonalRecord(db, actor, personId)) return;
    throw new ForbiddenError(
      `Only the person, their managers up the reporting line, TPM managers and admins can see or change a person’s ${rule.records}.`,
    );
  }
  if (rule.orRoles?.includes(actor.role)) return;
  let located = false;
  for (const requirement of rule.programs) {
    const { ids, path } = idsAt(request, requirement.at);
    if (ids.length === 0) continue;
    const standings = await programStandings(db, requirement.of, ids, actor.id);
    if (standings.length > 0) located = true;
    for (const standing of standings) {
      const access = programAccess(actor.role, standing.visibility, standing.membership);
      // A program one may not see does not exist for them: the same 404 as for a wrong id
      // in the path (handlers name no field for those; a body's or query's id is named).
      if (!access.canRead)
        throw new NotFoundError(
          LABEL[requirement.of],
          ids.length === 1 ? ids[0]! : standing.programId,
          'param' in requirement.at ? undefined : path,
        );
      if (!grants(access, requirement.need)) throw new ForbiddenError(REFUSAL[requirement.need]);
    }
  }
  if (!located && rule.unlocated === 'refuse')
    throw new ForbiddenError(
      rule.programs.map((r) => REFUSAL[r.need]).find(Boolean) ?? onlyRoles(rule.orRoles ?? []),
    );
}

/**
 * Gives every API route its rule from ROUTE_PERMISSIONS (a route without one
 * stops the server from starting) and enforces it after authentication and
 * before validation.
 */
export const accessControlPlugin = fp(async (app: FastifyInstance, { db }: Container) => {
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    const methods = [route.method].flat().map((m) => (m === 'HEAD' ? 'GET' : m));
    for (const method of new Set(methods)) {
      const key = `${method} ${route.url}`;
      const rule = ROUTE_PERMISSIONS[key];
      if (!rule)
        throw new Error(
          `${key} has no permission rule: add one to server/modules/access/route-permissions.ts.`,
        );
      const isPublic = 'public' in rule;
      if (route.config?.public && !isPublic)
        throw new Error(`${key} says it is public, but its permission rule is not.`);
      // The document says who may call each operation (GET's rule also covers HEAD).
      if (route.schema && method === methods[0]) {
        const rights = `**Who may call it:** ${describeRule(rule, method)}`;
        route.schema.description = route.schema.description
          ? `${route.schema.description}\n\n${rights}`
          : rights;
      }
      route.config = {
        ...route.config,
        access: rule,
        public: isPublic,
        readOnlyRoleMayWrite: 'anyRoleMayWrite' in rule && rule.anyRoleMayWrite === true,
      };
    }
  });
  app.addHook('preValidation', async (request) => {
    const rule = request.routeOptions.config.access;
    if (rule) await enforceAccess(db, request, rule);
  });
});
