import type { ErrorCode } from '../contracts/error-codes.js';
import type { Issue } from '../contracts/common.schema.js';

/**
 * Errors raised by services and repositories. They know nothing of HTTP; the
 * error-handler plugin maps `code` to a status.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: Issue[] = [],
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationError extends DomainError {
  constructor(issues: Issue[], message = 'The request is not valid.') {
    super('validation_failed', message, issues);
  }
  static field(path: string, code: string, message: string): ValidationError {
    return new ValidationError([{ path, code, message }], message);
  }
}

export class NotFoundError extends DomainError {
  constructor(entity: string, id: string, path?: string) {
    super(
      'not_found',
      `${entity} ${id} does not exist.`,
      path ? [{ path, code: 'not_found', message: `${entity} ${id} does not exist.` }] : [],
    );
  }
}

export class VersionConflictError extends DomainError {
  constructor(entity: string, id: string, sentVersion: number, currentVersion: number) {
    super(
      'version_conflict',
      `${entity} ${id} was changed by someone else (you sent version ${sentVersion}, it is now ${currentVersion}). Reload and try again.`,
      [{ path: 'body.version', code: 'stale', message: `current version is ${currentVersion}` }],
      { currentVersion },
    );
  }
}

export class DuplicateError extends DomainError {
  constructor(path: string, message: string) {
    super('duplicate', message, [{ path, code: 'duplicate', message }]);
  }
}

/** Deleting it would take others' records with it; the message names them and the way through. */
export class InUseError extends DomainError {
  constructor(path: string, message: string) {
    super('in_use', message, [{ path, code: 'in_use', message }]);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Sign in or send an API token.') {
    super('unauthenticated', message);
  }
}

export class RateLimitedError extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super('rate_limited', message, [], { retryAfterSeconds });
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'Your role does not allow this.') {
    super('forbidden', message);
  }
}

/** A plan whose dates run past year 9999: no date type writes them, so nothing serves them. */
export class PlanBeyondHorizonError extends DomainError {
  constructor() {
    super(
      'plan_beyond_horizon',
      'The plan finishes after year 9999, so it cannot be scheduled: look for huge estimates or lags, or a very long chain of tasks.',
      [{ path: 'plan', code: 'beyond_horizon', message: 'finishes after year 9999' }],
    );
  }
}
