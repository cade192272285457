import type {
  FastifyError,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  FastifyServerOptions,
} from 'fastify';
import fp from 'fastify-plugin';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { ErrorBody, Issue } from '../../contracts/common.schema.js';
import { HTTP_STATUS_BY_CODE } from '../../contracts/error-codes.js';
import { issueSentenceOf, schemaIssueSentence } from '../../contracts/issue-messages.js';
import { isConnectionError } from '../db/connection-errors.js';
import { DatabaseUnavailableError } from '../db/database-availability.js';
import { DomainError, RateLimitedError } from '../domain-errors.js';

interface AjvIssue {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
  /** Present when Ajv is verbose (app.ts): the other bound of a range. */
  parentSchema?: Record<string, unknown>;
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

/** A union of literals fails once per literal; the sentence lists them all. */
function allowedConstants(errors: AjvIssue[]): Map<string, unknown[]> {
  const byPath = new Map<string, unknown[]>();
  for (const e of errors)
    if (e.keyword === 'const') {
      const list = byPath.get(e.instancePath) ?? [];
      list.push(e.params.allowedValue);
      byPath.set(e.instancePath, list);
    }
  return byPath;
}

/** A flaw in the wording must not turn a 400 into a 500: then the plain fallback. */
function sentenceOrPlain(
  path: string,
  keyword: string,
  params: Record<string, unknown>,
  parentSchema: Record<string, unknown> | undefined,
): string {
  try {
    return schemaIssueSentence({ path, keyword, params, parentSchema });
  } catch {
    return `${path} is not valid`;
  }
}

/** Ajv's errors as the contract's issues, each message a sentence naming its field (contracts/issue-messages.ts). */
export function issuesFromAjv(part: string, errors: AjvIssue[]): Issue[] {
  const root = PART_NAMES[part] ?? part;
  const issues: Issue[] = [];
  const seen = new Set<string>();
  const constants = allowedConstants(errors);
  for (const e of errors) {
    // A failed anyOf (e.g. string-or-null) repeats each branch's complaint; keep the summary.
    if (e.keyword === 'anyOf') continue;
    let field = dotted(e.instancePath);
    let code = e.keyword;
    let params = e.params;
    if (e.keyword === 'required') {
      field = [field, String(e.params.missingProperty)].filter(Boolean).join('.');
    } else if (e.keyword === 'additionalProperties') {
      field = [field, String(e.params.additionalProperty)].filter(Boolean).join('.');
      code = 'unknown_property';
    } else if (e.keyword === 'const') {
      params = { allowedValues: constants.get(e.instancePath) ?? [e.params.allowedValue] };
    } else if (e.keyword === 'type' && e.params.type === 'null') {
      continue;
    } else if (e.keyword === 'discriminator') {
      // A oneOf by tag (a change's `kind`): missing or unknown, the tag's field is at fault.
      const tag = String(e.params.tag);
      field = [field, tag].filter(Boolean).join('.');
      if (e.params.error === 'mapping') {
        code = 'enum';
        const branches = (e.parentSchema?.oneOf ?? []) as {
          properties?: Record<string, { const?: unknown }>;
        }[];
        params = { allowedValues: branches.map((b) => b.properties?.[tag]?.const) };
      } else {
        code = 'required';
        params = { missingProperty: tag };
      }
      const path = field ? `${root}.${field}` : root;
      if (!seen.has(`${path}|${code}`)) {
        seen.add(`${path}|${code}`);
        issues.push({ path, code, message: sentenceOrPlain(path, code, params, undefined) });
      }
      continue;
    }
    const path = field ? `${root}.${field}` : root;
    const key = `${path}|${code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push({ path, code, message: sentenceOrPlain(path, e.keyword, params, e.parentSchema) });
  }
  if (issues.length === 0)
    issues.push({
      path: root,
      code: 'invalid',
      message: schemaIssueSentence({ path: root, keyword: 'invalid', params: {} }),
    });
  return issues;
}

/** Services' issues, their fragments ("is not a real date") made sentences naming the field. */
function sentencesOf(issues: Issue[]): Issue[] {
  return issues.map((i) => ({ ...i, message: issueSentenceOf(i.path, i.message) }));
}

/** The contract's code for an HTTP status that Fastify or Node chose (not a domain error). */
function codeForStatus(status: number): ErrorBody['error']['code'] {
  switch (status) {
    case 401:
      return 'unauthenticated';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 408:
      return 'request_timeout';
    case 414:
      return 'uri_too_long';
    case 415:
      return 'unsupported_media_type';
    case 429:
      return 'rate_limited';
    case 431:
      return 'headers_too_large';
    default:
      return status >= 500 ? 'internal_error' : 'validation_failed';
  }
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
        const summary = issues.map((i) => i.message).join('; ');
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
        const issues = sentencesOf(error.issues);
        // `ValidationError.field` repeats its issue's message as the error's: the sentence then too.
        const repeated = error.issues.findIndex((i) => i.message === error.message);
        const message = repeated >= 0 ? issues[repeated]!.message : error.message;
        return reply.status(status).send(render(error.code, message, issues, extra));
      }
      // Fastify's own client errors: malformed JSON, wrong content type, body too large.
      const status = error.statusCode ?? 500;
      if (status >= 400 && status < 500) {
        const code = codeForStatus(status);
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

/** Errors Fastify's router raises before any route or hook runs: a bad URL, a too-long parameter. */
function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const status = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 414 : (error.statusCode ?? 400);
  if (status >= 500) {
    request.log.error({ err: error }, 'router error');
    return reply.status(500).send(
      render('internal_error', `Something went wrong on our side (request ${request.id}).`, [], {
        requestId: request.id,
      }),
    );
  }
  const message =
    status === 414
      ? `A path parameter is longer than ${MAX_PARAM_LENGTH} characters.`
      : 'The URL is not valid (check its percent-encoding).';
  return reply
    .status(status)
    .send(
      render(codeForStatus(status), message, [
        { path: 'url', code: error.code.toLowerCase(), message },
      ]),
    );
}

/**
 * What Node's HTTP parser refuses before Fastify sees a request (headers over
 * 16 KB, a URL longer than that, malformed HTTP, a timeout): answered on the raw
 * socket, still in the error contract.
 */
function clientErrorHandler(error: Error & { code?: string }, socket: Socket) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const status =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? 431
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? 408
        : 400;
  const message =
    status === 431
      ? 'The request line and headers are larger than 16 KB.'
      : status === 408
        ? 'The request took too long to arrive.'
        : 'The request is not valid HTTP.';
  const body = JSON.stringify(
    render(codeForStatus(status), message, [
      { path: 'request', code: (error.code ?? 'invalid').toLowerCase(), message },
    ]),
  );
  if (socket.writable)
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${body}`,
    );
  socket.destroy(error);
}

/** Ids are UUIDs (36 characters); feed tokens are longer. Anything past this is refused with 414. */
export const MAX_PARAM_LENGTH = 200;

/** Fastify options that route the framework's and Node's own errors into the error contract. */
export const frameworkErrorOptions = {
  frameworkErrors,
  clientErrorHandler,
  routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
} satisfies Partial<FastifyServerOptions>;
