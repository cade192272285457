import type { Role } from '../../../contracts/account.schema.js';
import type { ProgramNeed } from './program-access-policy.js';

/** Where a route names the thing it acts on. */
export type Locator = { param: string } | { body: string } | { query: string };

/** The kinds of row a route can name; each belongs to a program (or, for people, to a person). */
export type ProgramEntity =
  | 'program'
  | 'workstream'
  | 'calendar'
  | 'programResource'
  | 'milestone'
  | 'criterion'
  | 'task'
  | 'planItem'
  | 'dependency'
  | 'baseline'
  | 'forecast'
  | 'risk'
  | 'assumption'
  | 'programIssue'
  | 'externalDependency'
  | 'changeRequest'
  | 'taskAssignment'
  | 'allocation'
  | 'staffingNeed'
  | 'decision'
  | 'actionItem'
  | 'statusReport'
  | 'postMortem'
  | 'review'
  | 'survey';

/** One requirement on the program(s) that a named row belongs to. */
export interface ProgramRequirement {
  need: ProgramNeed;
  of: ProgramEntity;
  at: Locator;
}

/**
 * The permission rule of one route. The access-control plugin enforces it before
 * the body is validated, so a refusal never depends on what was sent; the role ×
 * membership matrix test derives every expected status from it.
 */
export type AccessRule =
  /** Needs no account; the string says what authenticates the call instead. */
  | { public: string }
  /** Any account; a stakeholder still writes nothing unless `anyRoleMayWrite`. */
  | { signedIn: true; anyRoleMayWrite?: true }
  /** Only these account roles, reads included. */
  | { roles: readonly Role[]; refusal?: string }
  /** The account named by the path parameter itself, or these roles. */
  | { selfOr: readonly Role[]; param: string; anyRoleMayWrite?: true; refusal?: string }
  /**
   * A person's own records (assessments, readiness, the kind of time off): the
   * person, their managers up the chain, tpm_managers and admins.
   */
  | { personal: 'person' | 'timeOff'; at: Locator; records: string }
  /**
   * Requirements on programs, all of which must hold; `orRoles` pass regardless.
   * A locator that finds nothing (absent, or no such row) adds no requirement:
   * validation and the handler answer for it (400, 404).
   */
  | { programs: readonly ProgramRequirement[]; orRoles?: readonly Role[]; unlocated?: 'refuse' };

export const read = (of: ProgramEntity, at: Locator = { param: 'id' }): ProgramRequirement => ({
  need: 'read',
  of,
  at,
});
export const write = (of: ProgramEntity, at: Locator = { param: 'id' }): ProgramRequirement => ({
  need: 'write',
  of,
  at,
});
export const own = (of: ProgramEntity, at: Locator = { param: 'id' }): ProgramRequirement => ({
  need: 'own',
  of,
  at,
});
