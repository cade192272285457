import { defineConfig } from 'vitest/config';

// Three tiers, run by tests/run-all.mjs:
//   unit - pure code and in-memory checks (engine, contracts, error mapping)
//   db   - services and HTTP API against a real PostgreSQL (embedded or external)
//   e2e  - real Waymark processes, the CLI, and the web UI in Chromium
export default defineConfig({
  test: {
    env: { TZ: 'UTC' },
    projects: [
      {
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: ['{engine,runtime,interchange,contracts,server,cli,tests}/**/*.test.ts'],
          exclude: ['**/*.db.test.ts', '**/*.e2e.test.ts', 'node_modules/**', 'dist/**'],
          // Benchmarks that need PostgreSQL run in the db project.
          benchmark: { exclude: ['**/*.db.bench.ts', 'node_modules/**', 'dist/**'] },
          // The 5,000-task conformance round trips take seconds on a busy two-core machine.
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'db',
          sequence: { groupOrder: 1 },
          include: ['{server,cli,tests}/**/*.db.test.ts'],
          globalSetup: ['tests/support/database-global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // Each file makes its own database; two at a time suits two cores.
          maxWorkers: 2,
          // Files share a worker's loaded modules: importing the server once per worker instead
          // of once per file cuts the tier's CPU by about a third. Every file makes its own
          // database and server, so no state is shared through them.
          isolate: false,
        },
      },
      {
        test: {
          name: 'e2e',
          sequence: { groupOrder: 2 },
          include: ['tests/**/*.e2e.test.ts'],
          globalSetup: ['tests/support/e2e-global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
