import { createInterface } from 'node:readline';
import type { CliIo } from './io.js';

/** All of stdin, e.g. `echo "$PASSWORD" | waymark login --password-stdin`; one trailing newline is not part of it. */
export async function readAllStdin(io: CliIo): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

export async function promptLine(io: CliIo, question: string): Promise<string> {
  const rl = createInterface({ input: io.stdin, terminal: false });
  io.err(question);
  try {
    for await (const line of rl) return line.trim();
    return '';
  } finally {
    rl.close();
  }
}

/**
 * Reads a password from the terminal without echoing it. Raw mode hands us each
 * key; Enter ends, Backspace edits, Ctrl-C / Ctrl-D give up.
 */
export async function promptHidden(io: CliIo, question: string): Promise<string> {
  const stdin = io.stdin;
  io.err(question);
  stdin.setRawMode?.(true);
  stdin.resume();
  try {
    return await new Promise<string>((resolve, reject) => {
      let typed = '';
      const onData = (chunk: Buffer | string) => {
        for (const char of chunk.toString()) {
          if (char === '\r' || char === '\n') {
            stdin.off('data', onData);
            resolve(typed);
            return;
          }
          if (char === '\u0003' || char === '\u0004') {
            stdin.off('data', onData);
            reject(new Error('cancelled'));
            return;
          }
          if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
          else typed += char;
        }
      };
      stdin.on('data', onData);
    });
  } finally {
    stdin.setRawMode?.(false);
    stdin.pause();
    io.err('\n');
  }
}
