import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../../../contracts/account.schema.js';
import { MEMBER_ROLES, PROGRAM_VISIBILITIES } from '../../../contracts/program-member.schema.js';
import { grants, programAccess } from './program-access-policy.js';

const role = fc.constantFrom(...ROLES);
const visibility = fc.constantFrom(...PROGRAM_VISIBILITIES);
const membership = fc.constantFrom(...MEMBER_ROLES, null);

describe('programAccess', () => {
  it('never lets anyone change, manage or see the money of a program they cannot read', () => {
    fc.assert(
      fc.property(role, visibility, membership, (r, v, m) => {
        const a = programAccess(r, v, m);
        if (!a.canRead)
          expect([a.canEdit, a.canManageMembers, a.canSeeMoney]).toEqual([false, false, false]);
        if (a.canManageMembers) expect(a.canEdit).toBe(true);
      }),
    );
  });

  it('gives a stakeholder no write, whatever its membership', () => {
    fc.assert(
      fc.property(visibility, membership, (v, m) => {
        const a = programAccess('stakeholder', v, m);
        expect(a.canEdit || a.canManageMembers).toBe(false);
      }),
    );
  });

  it('lets a tpm write only as owner or editor, and manage members only as owner', () => {
    fc.assert(
      fc.property(visibility, membership, (v, m) => {
        const a = programAccess('tpm', v, m);
        expect(a.canEdit).toBe(m === 'owner' || m === 'editor');
        expect(a.canManageMembers).toBe(m === 'owner');
      }),
    );
  });

  it('lets admin and tpm_manager do everything but read a program audit they do not own (tpm_manager)', () => {
    fc.assert(
      fc.property(visibility, membership, (v, m) => {
        const admin = programAccess('admin', v, m);
        expect(
          (['read', 'money', 'write', 'own', 'audit'] as const).every((n) => grants(admin, n)),
        ).toBe(true);
        const manager = programAccess('tpm_manager', v, m);
        expect(grants(manager, 'write') && grants(manager, 'own')).toBe(true);
        expect(grants(manager, 'audit')).toBe(m === 'owner');
      }),
    );
  });

  it('hides a members-only program from non-members and shows budgets to members only', () => {
    for (const r of ['tpm', 'stakeholder'] as const) {
      expect(programAccess(r, 'members', null).canRead).toBe(false);
      expect(programAccess(r, 'organization', null)).toMatchObject({
        canRead: true,
        canSeeMoney: false,
      });
      expect(programAccess(r, 'members', 'viewer')).toMatchObject({
        canRead: true,
        canSeeMoney: true,
      });
    }
  });
});
