import type { BadgeTone } from '../../components/badge';
import type { ChangeRequestStatus } from './change-request-types';

export const CHANGE_REQUEST_STATUS_LABEL: Record<ChangeRequestStatus, string> = {
  draft: 'Draft',
  submitted: 'Submitted',
  approved: 'Approved',
  deferred: 'Deferred',
  rejected: 'Rejected',
};

export const CHANGE_REQUEST_STATUS_TONE: Record<ChangeRequestStatus, BadgeTone> = {
  draft: 'neutral',
  submitted: 'blue',
  approved: 'green',
  deferred: 'amber',
  rejected: 'muted',
};

/** `+3 working days`, `−1 working day`, `no change`. */
export function formatWorkingDayDelta(days: number): string {
  if (days === 0) return 'no change';
  const size = Math.abs(days);
  return `${days > 0 ? '+' : '−'}${size} working day${size === 1 ? '' : 's'}`;
}
