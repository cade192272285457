import { createHash, randomBytes } from 'node:crypto';

/** Session cookies and API tokens: 256 random bits; only their SHA-256 is stored. */
export function newSecret(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

export function hashSecret(secret: string): Buffer {
  return createHash('sha256').update(secret).digest();
}
