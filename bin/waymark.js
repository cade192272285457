#!/usr/bin/env node
// The CLI is TypeScript compiled to dist/; this file only finds it.
import { existsSync } from 'node:fs';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write(
    'waymark: the CLI is not built yet (dist/cli/main.js is missing): run npm run build\n',
  );
  process.exit(1);
}
await import(main.href);
