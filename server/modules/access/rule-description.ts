import type { Role } from '../../../contracts/account.schema.js';
import type { AccessRule } from './access-rule.js';
import type { ProgramNeed } from './program-access-policy.js';

const ROLE_WORDS: Record<Role, string> = {
  admin: 'admins',
  tpm_manager: 'TPM managers',
  tpm: 'TPMs',
  stakeholder: 'stakeholders',
};
const NEED_WORDS: Record<ProgramNeed, string> = {
  read: 'whoever may read the program (a members-only program is a 404 to anyone else)',
  money: 'the program’s members, TPM managers and admins',
  write: 'the program’s owners and editors (TPMs), TPM managers and admins',
  own: 'the program’s owners (TPMs), TPM managers and admins',
  audit: 'the program’s owners',
};
const list = (roles: readonly Role[]) => roles.map((r) => ROLE_WORDS[r]).join(' and ');

/** The rule in a sentence, for the OpenAPI document: API users see who may call what. */
export function describeRule(rule: AccessRule, method: string): string {
  const writes = method !== 'GET' && method !== 'HEAD';
  const readOnlyNote = writes ? ' Stakeholders read only.' : '';
  if ('public' in rule) return `Needs no account: ${rule.public}.`;
  if ('signedIn' in rule)
    return rule.anyRoleMayWrite || !writes
      ? 'Any signed-in account.'
      : `Any signed-in account.${readOnlyNote}`;
  if ('roles' in rule) return `Only ${list(rule.roles)}.`;
  if ('selfOr' in rule) return `The account itself, or ${list(rule.selfOr)}.`;
  if ('personal' in rule)
    return `The person, their managers up the reporting line, TPM managers and admins.${readOnlyNote}`;
  const who = [...new Set(rule.programs.map((r) => NEED_WORDS[r.need]))].join('; and ');
  const text = rule.orRoles ? `${list(rule.orRoles)}; or ${who}` : who;
  return `${text[0]!.toUpperCase()}${text.slice(1)}.${readOnlyNote}`;
}
