import { describe, expect, it } from 'vitest';
import { confirmDeletion } from './confirm-deletion.js';
import { fakeIo } from './test-support.js';

function terminal(answer: string) {
  const fake = fakeIo({ stdin: answer });
  fake.io.stdin.isTTY = true;
  return fake;
}

describe('confirmDeletion', () => {
  it('goes ahead with --yes without asking', async () => {
    const { io, stderr } = fakeIo();
    await expect(confirmDeletion(io, { yes: true }, 'risk "A"')).resolves.toBeUndefined();
    expect(stderr()).toBe('');
  });

  it('refuses a script that did not say --yes', async () => {
    const { io } = fakeIo();
    await expect(confirmDeletion(io, {}, 'risk "A"')).rejects.toMatchObject({
      exitCode: 2,
      lines: [
        'Not deleting risk "A" without a confirmation: pass --yes to delete it from a script.',
      ],
    });
  });

  it('asks a person at a terminal and goes ahead only on y', async () => {
    const yes = terminal('y\n');
    await expect(confirmDeletion(yes.io, {}, 'risk "A"')).resolves.toBeUndefined();
    expect(yes.stderr()).toBe('Delete risk "A"? This cannot be undone. [y/N] ');
    const no = terminal('\n');
    await expect(confirmDeletion(no.io, {}, 'risk "A"')).rejects.toMatchObject({
      lines: ['Nothing was deleted.'],
    });
  });
});
