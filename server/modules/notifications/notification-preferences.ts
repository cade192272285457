import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_KINDS,
  type NotificationChannel,
  type NotificationKind,
  type NotificationPreferences,
  type NotificationPreferencesUpdate,
} from '../../../contracts/notification.schema.js';

/**
 * What reaches a person unless they choose otherwise: everything in the app; by
 * e-mail only what asks something of them (an assignment, a mention, a decision,
 * an overdue item). Reminders and intake traffic stay in the app: they are frequent.
 */
export const DEFAULT_PREFERENCES: NotificationPreferences = {
  assigned: { in_app: true, email: true },
  due: { in_app: true, email: false },
  mentioned: { in_app: true, email: true },
  decision_needed: { in_app: true, email: true },
  action_overdue: { in_app: true, email: true },
  request: { in_app: true, email: false },
};

/** The preference kind a notification kind answers to: intake's own kinds are `request`. */
export function preferenceKind(kind: string): NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(kind)
    ? (kind as NotificationKind)
    : 'request';
}

export interface PreferenceRow {
  kind: NotificationKind;
  channel: NotificationChannel;
  enabled: boolean;
}

/** The defaults with the person's stored choices laid over them. */
export function preferencesFrom(rows: readonly PreferenceRow[]): NotificationPreferences {
  const prefs = structuredClone(DEFAULT_PREFERENCES);
  for (const r of rows) prefs[r.kind][r.channel] = r.enabled;
  return prefs;
}

/** The (kind, channel, enabled) rows a PUT names. */
export function preferenceRowsOf(update: NotificationPreferencesUpdate): PreferenceRow[] {
  const rows: PreferenceRow[] = [];
  for (const kind of NOTIFICATION_KINDS)
    for (const channel of NOTIFICATION_CHANNELS) {
      const enabled = update[kind]?.[channel];
      if (enabled !== undefined) rows.push({ kind, channel, enabled });
    }
  return rows;
}
