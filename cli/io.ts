import { hostname } from 'node:os';

/**
 * Everything a command touches outside itself. Commands get it passed in, so the
 * unit tests can run a whole command with captured output and a stub fetch.
 */
export interface CliIo {
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown };
  out(text: string): void;
  err(text: string): void;
  hostname(): string;
  /** Replaces the global fetch under the typed API client (tests only). */
  fetch?: (input: Request) => Promise<Response>;
}

export function processIo(): CliIo {
  // A reader that closes early (`waymark schedule big.xml | head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  return {
    env: process.env,
    stdin: process.stdin,
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    hostname,
  };
}
