import { chmod, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';

/** What `waymark login` keeps between runs. The token id lets `logout` revoke it. */
export interface StoredCredentials {
  url: string;
  token: string;
  tokenId?: string;
  email?: string;
}

export function configDir(env: NodeJS.ProcessEnv): string {
  if (env.WAYMARK_CONFIG_DIR) return path.resolve(env.WAYMARK_CONFIG_DIR);
  const base = env.XDG_CONFIG_HOME
    ? path.resolve(env.XDG_CONFIG_HOME)
    : path.join(homedir(), '.config');
  return path.join(base, 'waymark');
}

export function credentialsPath(env: NodeJS.ProcessEnv): string {
  return path.join(configDir(env), 'credentials.json');
}

export async function readCredentials(env: NodeJS.ProcessEnv): Promise<StoredCredentials | null> {
  const file = credentialsPath(env);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const parsed: unknown = JSON.parse(text);
  const value = parsed as Partial<StoredCredentials> | null;
  if (!value || typeof value.url !== 'string' || typeof value.token !== 'string') {
    throw new Error(`${file} is not a Waymark credentials file; run "waymark login" again`);
  }
  return value as StoredCredentials;
}

/**
 * The token is a password: the file is created 0600 inside a 0700 folder, and
 * written to a temporary name first so that a crash never leaves half a file.
 */
export async function writeCredentials(
  env: NodeJS.ProcessEnv,
  credentials: StoredCredentials,
): Promise<string> {
  const file = credentialsPath(env);
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
  // The mode given to writeFile is filtered by the umask and ignored for an existing file.
  await chmod(temporary, 0o600);
  await rename(temporary, file);
  return file;
}

export async function deleteCredentials(env: NodeJS.ProcessEnv): Promise<void> {
  await rm(credentialsPath(env), { force: true });
}
