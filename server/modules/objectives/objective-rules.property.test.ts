import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../../../contracts/account.schema.js';
import { OWNER_KINDS } from '../../../contracts/objective.schema.js';
import { mayWriteObjective } from './objective-rules.js';

describe('mayWriteObjective', () => {
  it('lets managers and admins write every objective, others only a person objective of their own', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ROLES),
        fc.constantFrom(...OWNER_KINDS),
        fc.boolean(),
        (role, kind, own) => {
          const actor = { id: 'a', role };
          const allowed = mayWriteObjective(actor, { kind, personId: own ? 'a' : 'b' });
          const manager = role === 'admin' || role === 'tpm_manager';
          expect(allowed).toBe(manager || (kind === 'person' && own));
        },
      ),
    );
  });
});
