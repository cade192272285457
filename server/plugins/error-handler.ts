import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { ErrorBody, Issue } from '../../contracts/common.schema.js';
import { HTTP_STATUS_BY_CODE } from '../../contracts/error-codes.js';
import { isConnectionError } from '../db/connection-errors.js';
import { DatabaseUnavailableError } from '../db/database-availability.js';
import { DomainError, RateLimitedError } from '../domain-errors.js';

interface AjvIssue {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

const PART_NAMES: Record<string, string> = {
  body: 'body',
  querystring: 'query',
  params: 'params',
  headers: 'headers',
};

/** `/tasks/0/name` -> `tasks[0].name` */
function dotted(instancePath: string): string {
  return instancePath
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce(
      (acc, segment) =>
        /^\d+$/.test(segment) ? `${acc}[${segment}]` : acc ? `${acc}.${segment}` : segment,
      '',
    );
}

export function issuesFromAjv(part: string, errors: AjvIssue[]): Issue[] {
  const root = PART_NAMES[part] ?? part;
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    // A failed anyOf (e.g. string-or-null) repeats each branch's complaint; keep the summary.
    if (e.keyword === 'anyOf') continue;
    let field = dotted(e.instancePath);
    let code = e.keyword;
    let message = e.message ?? 'is not valid';
    if (e.keyword === 'required') {
      field = [field, String(e.params.missingProperty)].filter(Boolean).join('.');
      code = 'required';
      message = 'is required';
    } else if (e.keyword === 'additionalProperties') {
      field = [field, String(e.params.additionalProperty)].filter(Boolean).join('.');
      code = 'unknown_property';
      message = 'is not a known property';
    } else if (e.keyword === 'enum') {
      message = `must be one of: ${(e.params.allowedValues as unknown[]).join(', ')}`;
    } else if (e.keyword === 'type' && e.params.type === 'null') {
      continue;
    }
    const path = field ? `${root}.${field}` : root;
    const key = `${path}|${code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push({ path, code, message });
  }
  if (issues.length === 0) issues.push({ path: root, code: 'invalid', message: 'is not valid' });
  return issues;
}

function render(
  code: ErrorBody['error']['code'],
  message: string,
  issues: Issue[],
  extra: Partial<ErrorBody['error']> = {},
): ErrorBody {
  return { error: { code, message, issues, ...extra } };
}

/** The only place that decides an error's HTTP status and body. */
export const errorHandlerPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler(
    (
      error: FastifyError & { validation?: AjvIssue[]; validationContext?: string },
      request,
      reply,
    ) => {
      if (error.validation) {
        const issues = issuesFromAjv(error.validationContext ?? 'body', error.validation);
        const summary = issues.map((i) => `${i.path} ${i.message}`).join('; ');
        return reply
          .status(400)
          .send(render('validation_failed', `The request is not valid: ${summary}`, issues));
      }
      // A lost database is one logged state change (db/database-availability.ts), not a
      // stack trace per request: answer 503 in the contract and let the client retry.
      if (error instanceof DatabaseUnavailableError || isConnectionError(error)) {
        const unavailable = new DatabaseUnavailableError();
        request.log.debug({ err: error }, 'database unavailable');
        reply.header('retry-after', '5');
        return reply
          .status(HTTP_STATUS_BY_CODE.database_unavailable)
          .send(render(unavailable.code, unavailable.message, [], { requestId: request.id }));
      }
      if (error instanceof DomainError) {
        const status = HTTP_STATUS_BY_CODE[error.code];
        const extra: Partial<ErrorBody['error']> = {};
        if (error.details !== undefined) extra.details = error.details;
        if (error instanceof RateLimitedError)
          reply.header('retry-after', String(error.retryAfterSeconds));
        if (status >= 500) {
          request.log.error({ err: error }, 'request failed');
          extra.requestId = request.id;
        }
        return reply.status(status).send(render(error.code, error.message, error.issues, extra));
      }
      // Fastify's own client errors: malformed JSON, wrong content type, body too large.
      const status = error.statusCode ?? 500;
      if (status >= 400 && status < 500) {
        const code =
          status === 401
            ? 'unauthenticated'
            : status === 403
              ? 'forbidden'
              : status === 404
                ? 'not_found'
                : status === 415
                  ? 'unsupported_media_type'
                  : status === 429
                    ? 'rate_limited'
                    : 'validation_failed';
        const issues: Issue[] =
          code === 'validation_failed'
            ? [
                {
                  path: 'body',
                  code: (error.code ?? 'invalid').toLowerCase(),
                  message: error.message,
                },
              ]
            : [];
        return reply.status(status).send(render(code, error.message, issues));
      }
      request.log.error({ err: error }, 'unexpected error');
      return reply
        .status(500)
        .send(
          render(
            'internal_error',
            `Something went wrong on our side. Quote request id ${request.id} when reporting it.`,
            [],
            { requestId: request.id },
          ),
        );
    },
  );
});
