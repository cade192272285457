import type { Role } from '../../../contracts/account.schema.js';
import type { OwnerKind } from '../../../contracts/objective.schema.js';

/** Who writes objectives: TPM managers and admins any; anyone else only their own. */
export const OBJECTIVE_MANAGERS: readonly Role[] = ['admin', 'tpm_manager'];

export function mayWriteObjective(
  actor: { id: string; role: Role },
  owner: { kind: OwnerKind; personId: string | null },
): boolean {
  if (OBJECTIVE_MANAGERS.includes(actor.role)) return true;
  return owner.kind === 'person' && owner.personId === actor.id;
}

export const OBJECTIVE_REFUSAL =
  'Only a TPM manager or an admin writes organization and team objectives; a person writes only their own.';
