import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { onTestFinished } from 'vitest';
import { runCli } from './cli.js';
import type { CliIo } from './io.js';

export interface RecordedRequest {
  method: string;
  path: string;
  search: string;
  headers: Headers;
  body: unknown;
}

type Handler = (request: RecordedRequest) => {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
};

/**
 * A CliIo for unit tests: output captured, stdin from a string, and a fake
 * server behind the typed client (routes keyed "METHOD /path").
 */
export function fakeIo(
  options: { routes?: Record<string, Handler>; env?: NodeJS.ProcessEnv; stdin?: string } = {},
) {
  let stdout = '';
  let stderr = '';
  const requests: RecordedRequest[] = [];
  const configDir = mkdtempSync(path.join(tmpdir(), 'waymark-cli-unit-'));
  onTestFinished(() => rmSync(configDir, { recursive: true, force: true }));
  const io: CliIo = {
    env: { WAYMARK_CONFIG_DIR: configDir, ...options.env },
    stdin: Readable.from([Buffer.from(options.stdin ?? '')]),
    out: (text) => void (stdout += text),
    err: (text) => void (stderr += text),
    hostname: () => 'testhost',
    fetch: async (request: Request) => {
      const url = new URL(request.url);
      const text = await request.text();
      const recorded: RecordedRequest = {
        method: request.method,
        path: url.pathname,
        search: url.search,
        headers: request.headers,
        body: text ? JSON.parse(text) : undefined,
      };
      requests.push(recorded);
      const handler = options.routes?.[`${request.method} ${url.pathname}`];
      if (!handler)
        return Response.json(
          { error: { code: 'not_found', message: `no route ${url.pathname}`, issues: [] } },
          { status: 404 },
        );
      const answer = handler(recorded);
      if (answer.status === 204)
        return new Response(null, { status: 204, headers: answer.headers });
      return Response.json(answer.body, { status: answer.status, headers: answer.headers });
    },
  };
  return { io, configDir, requests, stdout: () => stdout, stderr: () => stderr };
}

export const LOGGED_IN_ENV = { WAYMARK_URL: 'http://waymark.test', WAYMARK_TOKEN: 'wmk_test' };

/** The real CLI, in-process, against a real server with an API token (database-tier tests). */
export async function runCliAgainst(
  server: { url: string; token: string; configDir: string },
  argv: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    env: {
      WAYMARK_CONFIG_DIR: server.configDir,
      WAYMARK_URL: server.url,
      WAYMARK_TOKEN: server.token,
    },
    stdin: Readable.from([]),
    out: (text) => void (stdout += text),
    err: (text) => void (stderr += text),
    hostname: () => 'testhost',
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}
