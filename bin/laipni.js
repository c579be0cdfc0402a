#!/usr/bin/env node
// Launcher for the `laipni` command: runs the bundled CLI (built at `npm install`).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const bundle = join(root, 'dist-cli', 'laipni.mjs');
if (!existsSync(bundle)) {
  console.error(
    'laipni: the command line is not built yet. Run `npm install` (or `node scripts/build-cli.mjs`).',
  );
  process.exit(2);
}
try {
  const { main } = await import(pathToFileURL(bundle).href);
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // Exit 1 means "findings"; a crash (even one outside a command) exits 2 with one line.
  console.error(
    `laipni: internal error: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 2;
}
