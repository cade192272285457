import { runCli } from './cli.js';
import { processIo } from './io.js';

// exitCode rather than process.exit(): output still being written to a pipe gets flushed.
process.exitCode = await runCli(process.argv.slice(2), processIo());
