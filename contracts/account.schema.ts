import { Type, type Static } from 'typebox';
import { ClosedObject, Id, Nullable, Timestamp, Version } from './common.schema.js';

export const ROLES = ['admin', 'tpm_manager', 'tpm', 'stakeholder'] as const;
export type Role = (typeof ROLES)[number];
/** Roles that may change data; a stakeholder reads only. */
export const WRITER_ROLES: readonly Role[] = ['admin', 'tpm_manager', 'tpm'];

const Email = Type.String({ format: 'email', maxLength: 320 });
const Password = Type.String({
  minLength: 12,
  maxLength: 200,
  description: 'At least 12 characters.',
});

export const User = ClosedObject({
  id: Id,
  email: Email,
  name: Type.String(),
  role: Type.Enum([...ROLES]),
  title: Type.String(),
  teamId: Nullable(Id),
  active: Type.Boolean({
    description:
      'False for a deactivated account, or an invited one that has not set a password yet.',
  }),
  lastSignInAt: Nullable(Timestamp),
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type User = Static<typeof User>;

export const UserCreate = ClosedObject({
  email: Email,
  name: Type.String({ minLength: 1, maxLength: 200 }),
  role: Type.Enum([...ROLES]),
  password: Password,
  title: Type.Optional(Type.String({ maxLength: 200 })),
  teamId: Type.Optional(Nullable(Id)),
});
export type UserCreate = Static<typeof UserCreate>;
export const UserList = ClosedObject({ items: Type.Array(User) });

/** Roles from least to most power: nobody moves themselves up this list. */
export const ROLE_RANK: Record<Role, number> = { stakeholder: 0, tpm: 1, tpm_manager: 2, admin: 3 };

export const UserUpdate = ClosedObject({
  version: Type.Optional(Version),
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  role: Type.Optional(Type.Enum([...ROLES])),
  active: Type.Optional(
    Type.Boolean({ description: 'false deactivates: sessions and tokens stop at once.' }),
  ),
});
export type UserUpdate = Static<typeof UserUpdate>;

export const UserInvite = ClosedObject({
  email: Email,
  name: Type.String({ minLength: 1, maxLength: 200 }),
  role: Type.Enum([...ROLES]),
  title: Type.Optional(Type.String({ maxLength: 200 })),
  teamId: Type.Optional(Nullable(Id)),
});
export type UserInvite = Static<typeof UserInvite>;

export const AccountLinkPurpose = Type.Enum(['invitation', 'password_reset']);
export type AccountLinkPurpose = Static<typeof AccountLinkPurpose>;
export const AccountLinkEmail = Type.Enum(['queued', 'not_configured'], {
  description:
    '`queued`: Waymark will e-mail the link to the person (in the background, with retries). `not_configured`: no e-mail is set up; give them the link yourself.',
});
export type AccountLinkEmail = Static<typeof AccountLinkEmail>;
export const AccountLink = ClosedObject({
  user: User,
  purpose: AccountLinkPurpose,
  url: Type.String({
    description:
      'Give this to the person. The secret is after the #, so it never reaches server logs; shown only here.',
  }),
  expiresAt: Timestamp,
  email: AccountLinkEmail,
});
export type AccountLink = Static<typeof AccountLink>;
const LinkSecret = Type.String({ minLength: 1, maxLength: 200 });
export const AccountLinkAccept = ClosedObject({ token: LinkSecret, password: Password });
export type AccountLinkAccept = Static<typeof AccountLinkAccept>;
export const AccountLinkInspect = ClosedObject({ token: LinkSecret });
export const AccountLinkAccepted = ClosedObject({
  email: Email,
  name: Type.String(),
  purpose: AccountLinkPurpose,
});
export const AccountLinkDetails = ClosedObject({
  email: Email,
  name: Type.String(),
  purpose: AccountLinkPurpose,
  expiresAt: Timestamp,
});

export const Session = ClosedObject({
  id: Id,
  createdAt: Timestamp,
  expiresAt: Timestamp,
  userAgent: Type.String(),
  current: Type.Boolean({ description: 'The session this request came with.' }),
});
export type Session = Static<typeof Session>;
export const SessionList = ClosedObject({ items: Type.Array(Session) });
export const UserSessionParams = ClosedObject({ id: Id, sessionId: Id });
export const UserTokenParams = ClosedObject({ id: Id, tokenId: Id });

export const SignIn = ClosedObject({
  email: Type.String({ minLength: 1, maxLength: 320 }),
  password: Type.String({ minLength: 1, maxLength: 200 }),
});
export type SignIn = Static<typeof SignIn>;
export const SignedIn = ClosedObject({ user: User });

export const TOKEN_SCOPES = ['read', 'write'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];
export const TOKEN_DEFAULT_DAYS = 90;
export const TOKEN_MAX_DAYS = 365;

export const ApiToken = ClosedObject({
  id: Id,
  name: Type.String(),
  prefix: Type.String({ description: 'First characters of the token, to recognise it.' }),
  scope: Type.Enum([...TOKEN_SCOPES], {
    description: 'A read token may only GET; any other method answers 403.',
  }),
  expiresAt: Timestamp,
  createdAt: Timestamp,
  lastUsedAt: Nullable(Timestamp),
  revokedAt: Nullable(Timestamp),
});
export type ApiToken = Static<typeof ApiToken>;
export const ApiTokenCreate = ClosedObject({
  name: Type.String({ minLength: 1, maxLength: 100 }),
  scope: Type.Optional(Type.Enum([...TOKEN_SCOPES], { default: 'write' })),
  expiresAt: Type.Optional(
    Type.String({
      format: 'date-time',
      description: `When the token stops working: in the future, at most ${TOKEN_MAX_DAYS} days ahead (default ${TOKEN_DEFAULT_DAYS} days).`,
    }),
  ),
});
export type ApiTokenCreate = Static<typeof ApiTokenCreate>;
export const ApiTokenCreated = ClosedObject({
  token: ApiToken,
  secret: Type.String({ description: 'Shown once. Send as Authorization: Bearer <secret>.' }),
});
export const ApiTokenList = ClosedObject({ items: Type.Array(ApiToken) });

export const AuditEvent = ClosedObject({
  id: Type.String({ description: 'Monotonic sequence number.' }),
  at: Timestamp,
  actorId: Nullable(Id),
  actorEmail: Nullable(Type.String()),
  entityType: Type.String(),
  entityId: Type.String(),
  /** The program the entity belongs to (the program itself, or the one it sits under). */
  programId: Nullable(Id),
  action: Type.String(),
  before: Type.Unknown(),
  after: Type.Unknown(),
  requestId: Nullable(Type.String()),
});
export type AuditEvent = Static<typeof AuditEvent>;
export const AuditListQuery = ClosedObject({
  entityType: Type.Optional(Type.String({ maxLength: 50 })),
  entityId: Type.Optional(Type.String({ maxLength: 100 })),
  actorId: Type.Optional(Id),
  programId: Type.Optional(
    Type.String({
      format: 'uuid',
      description: 'Events of this program and of everything under it.',
    }),
  ),
  from: Type.Optional(
    Type.String({ format: 'date-time', description: 'Events at or after this instant.' }),
  ),
  to: Type.Optional(
    Type.String({ format: 'date-time', description: 'Events before this instant.' }),
  ),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
  before: Type.Optional(
    // 18 digits always fit the bigint id column.
    Type.String({ pattern: '^[0-9]{1,18}$', description: 'Return events older than this id.' }),
  ),
});
export type AuditListQuery = Static<typeof AuditListQuery>;
export const AuditList = ClosedObject({ items: Type.Array(AuditEvent) });

export const Health = ClosedObject({
  status: Type.Enum(['ok', 'degraded']),
  version: Type.String(),
  database: ClosedObject({
    state: Type.Enum(['up', 'down']),
    mode: Type.Enum(['embedded', 'external']),
    serverVersion: Nullable(Type.String()),
    latencyMs: Nullable(Type.Number()),
    /** When the current outage began; null while the database is up. */
    downSince: Nullable(Type.String({ format: 'date-time' })),
    /** Times the embedded PostgreSQL was restarted after dying, since Waymark started. */
    restarts: Type.Integer({ minimum: 0 }),
  }),
  jobs: ClosedObject({ state: Type.Enum(['running', 'stopped', 'disabled']) }),
});
export type Health = Static<typeof Health>;
