import { useProgramAccess } from '../pages/program-members/use-program-access';

/**
 * Whether the signed-in user sees this program's budget and costs (its members,
 * TPM managers and admins do). Unknown (undefined) until the answer arrives: a
 * null amount then reads as "not set" rather than "hidden".
 */
export function useMoneySight(programId: string): boolean | undefined {
  // The same answer as the edit controls', from the one GET of the program's members.
  const access = useProgramAccess(programId);
  return access.known ? access.canSeeMoney : undefined;
}

/** What stands in for an amount the user may not see. */
export const MONEY_HIDDEN_TEXT = 'Visible to members';
