import { Type, type Static, type TProperties, type TSchema } from 'typebox';
import { ERROR_CODES } from './error-codes.js';

/** Objects are closed: an unknown property is an error, never silently dropped. */
export function ClosedObject<T extends TProperties>(
  properties: T,
  options: { description?: string; $id?: string } = {},
) {
  return Type.Object(properties, { ...options, additionalProperties: false });
}

export function Nullable<T extends TSchema>(schema: T, options: { description?: string } = {}) {
  return Type.Union([schema, Type.Null()], options);
}

export const Id = Type.String({ format: 'uuid', description: 'Identifier (UUID).' });
export const IsoDate = Type.String({ format: 'date', description: 'Calendar date, YYYY-MM-DD.' });
export const Timestamp = Type.String({ format: 'date-time' });
/** A wall-clock time on a program's clock, without a zone (the program's time zone says where). */
export const programDateTime = (description: string) =>
  Type.String({
    // Years 1900-2200 (as for dates), real months, hours and minutes.
    pattern:
      '^(19\\d{2}|2[01]\\d{2}|2200)-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d$',
    description,
  });
/** The largest value of a PostgreSQL integer (int4) column. */
export const INT4_MAX = 2147483647;
/** Amounts of money: the most a numeric(14, 2) column holds, exact in a double too. */
export const MONEY_MAX = 999_999_999_999;
/** Who sees a program's budget and costs (issue 14); to everyone else they read as null. */
export const MONEY_HIDDEN_WHO =
  'budgets and costs are shown to the program’s members, TPM managers and admins';
/** How a nullable amount of money says it may be hidden. */
export const MONEY_HIDDEN = `null when not set, or hidden from you (${MONEY_HIDDEN_WHO}).`;

export const Version = Type.Integer({
  minimum: 1,
  maximum: INT4_MAX,
  description: 'Row version for optimistic concurrency; send the version you read.',
});

export const IdParams = ClosedObject({ id: Id });
export type IdParams = Static<typeof IdParams>;

export const Pagination = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: INT4_MAX, default: 0 })),
};

export function Page<T extends TSchema>(item: T) {
  return ClosedObject({
    items: Type.Array(item),
    total: Type.Integer({ minimum: 0 }),
    limit: Type.Integer(),
    offset: Type.Integer(),
  });
}

export const Issue = ClosedObject({
  path: Type.String({ description: 'Where the problem is, e.g. body.name or query.limit.' }),
  code: Type.String({
    description: 'Machine-readable reason, e.g. required, type, unknown_property.',
  }),
  message: Type.String(),
});
export type Issue = Static<typeof Issue>;

export const ErrorBody = Type.Object(
  {
    error: ClosedObject({
      code: Type.Enum([...ERROR_CODES]),
      message: Type.String(),
      issues: Type.Array(Issue),
      requestId: Type.Optional(Type.String()),
      details: Type.Optional(Type.Unknown()),
    }),
  },
  { $id: 'ErrorBody', additionalProperties: false },
);
export type ErrorBody = Static<typeof ErrorBody>;
const ErrorRef = Type.Unsafe<ErrorBody>({ $ref: 'ErrorBody#' });

/** Every route answers errors in this shape; listed once so OpenAPI shows it. */
export const ErrorResponses = {
  400: ErrorRef,
  401: ErrorRef,
  403: ErrorRef,
  404: ErrorRef,
  409: ErrorRef,
  /** API-wide rate limits (docs/rate-limits.md): any route may answer it, with Retry-After. */
  429: ErrorRef,
  415: ErrorRef,
  /** The database is down (docs/backups.md): any route may answer it, with Retry-After, until it is back. */
  503: ErrorRef,
};

export const VersionQuery = ClosedObject({
  version: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: INT4_MAX,
      description: 'Version being deleted; or send If-Match.',
    }),
  ),
});
