import { Type, type Static } from 'typebox';
import { ClosedObject, Id, Nullable, Page, Pagination, Timestamp } from './common.schema.js';

/** The kinds a person chooses channels for; intake's own kinds count as `request`. */
export const NOTIFICATION_KINDS = [
  'assigned',
  'due',
  'mentioned',
  'decision_needed',
  'action_overdue',
  'request',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export const NOTIFICATION_CHANNELS = ['in_app', 'email'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

export const Notification = ClosedObject({
  id: Id,
  kind: Type.String({
    description: 'assigned, due, action_overdue, decision_needed, mentioned, or an intake kind.',
  }),
  message: Type.String(),
  subjectKind: Nullable(Type.String(), {
    description: 'What it is about: action_item, decision, request…',
  }),
  subjectId: Nullable(Id),
  programId: Nullable(Id),
  link: Nullable(Type.String({ description: 'Where to look, a path of the web app.' })),
  /** Kept for intake clients written before subjects existed. */
  requestId: Nullable(Id),
  createdAt: Timestamp,
  readAt: Nullable(Timestamp),
  emailedAt: Nullable(Timestamp),
});
export type Notification = Static<typeof Notification>;

export const NotificationQuery = ClosedObject({
  unread: Type.Optional(Type.Boolean({ description: 'true: only those not read yet.' })),
  ...Pagination,
});
export type NotificationQuery = Static<typeof NotificationQuery>;

export const NotificationPage = ClosedObject({
  ...Page(Notification).properties,
  unreadCount: Type.Integer({ minimum: 0, description: 'All of my unread notifications.' }),
});
export type NotificationPage = Static<typeof NotificationPage>;

export const ReadAllResult = ClosedObject({ marked: Type.Integer({ minimum: 0 }) });

const Channels = ClosedObject({ in_app: Type.Boolean(), email: Type.Boolean() });
export const NotificationPreferences = ClosedObject(
  Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, Channels])) as Record<
    NotificationKind,
    typeof Channels
  >,
  { description: 'Per kind, whether it reaches me in the app and by e-mail.' },
);
export type NotificationPreferences = Static<typeof NotificationPreferences>;

/** A PUT names only the kinds (and channels) it changes; the rest keep their setting. */
const ChannelsUpdate = ClosedObject({
  in_app: Type.Optional(Type.Boolean()),
  email: Type.Optional(Type.Boolean()),
});
export const NotificationPreferencesUpdate = ClosedObject(
  Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, Type.Optional(ChannelsUpdate)])) as Record<
    NotificationKind,
    ReturnType<typeof Type.Optional<typeof ChannelsUpdate>>
  >,
);
export type NotificationPreferencesUpdate = Static<typeof NotificationPreferencesUpdate>;

export const SlackSettings = ClosedObject({
  slackWebhookUrl: Nullable(
    Type.String({
      maxLength: 500,
      pattern: '^https?://',
      description: 'A Slack incoming-webhook URL; null stops posting.',
    }),
  ),
});
export type SlackSettings = Static<typeof SlackSettings>;
