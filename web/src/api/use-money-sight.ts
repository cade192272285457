import { useLoad } from './use-load';
import { api, unwrap } from './waymark-api';

/**
 * Whether the signed-in user sees this program's budget and costs (its members,
 * TPM managers and admins do). Unknown (undefined) until the answer arrives: a
 * null amount then reads as "not set" rather than "hidden".
 */
export function useMoneySight(programId: string): boolean | undefined {
  const access = useLoad(
    () =>
      unwrap(api.GET('/api/programs/{id}/members', { params: { path: { id: programId } } })).then(
        (r) => r.you.canSeeMoney,
      ),
    `money-sight:${programId}`,
  );
  return access.data;
}

/** What stands in for an amount the user may not see. */
export const MONEY_HIDDEN_TEXT = 'Visible to members';
