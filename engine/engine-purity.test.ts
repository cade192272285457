import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Proves the lint rule that keeps engine/ pure actually fires (a rule that
// silently matched nothing would let I/O creep in).
describe('engine purity rule', () => {
  const eslint = new ESLint();
  const lint = async (code: string) => {
    const [result] = await eslint.lintText(code, { filePath: 'engine/probe.ts' });
    return result!.messages.map((m) => m.ruleId);
  };

  it('rejects I/O imports, the clock and ambient randomness in engine/', async () => {
    expect(
      await lint(`import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n`),
    ).toContain('no-restricted-imports');
    expect(await lint(`import pg from 'pg';\nexport const x = pg;\n`)).toContain(
      'no-restricted-imports',
    );
    expect(await lint(`export const x = Date.now();\n`)).toContain('no-restricted-properties');
    expect(await lint(`export const x = Math.random();\n`)).toContain('no-restricted-properties');
    expect(await lint(`export const x = new Date();\n`)).toContain('no-restricted-syntax');
  });

  it('accepts pure code', async () => {
    expect(
      await lint(`export function add(a: number, b: number): number {\n  return a + b;\n}\n`),
    ).toEqual([]);
  });
});
