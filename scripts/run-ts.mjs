// Runs a TypeScript script of this repository under plain Node: Node 20 cannot load TypeScript, so the script is
// first bundled (with the package sources it imports and their dependencies) by Vite, as bench/node/run-core.mjs
// does, into a temporary directory that is removed afterwards. Arguments after the script are passed on.
//
//   node scripts/run-ts.mjs scripts/fuzz-inventory.run.ts
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleForNode, root } from './bundle-for-node.mjs';

const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error('usage: node scripts/run-ts.mjs <script.ts> [args...]');
  process.exit(2);
}
const outDir = mkdtempSync(join(tmpdir(), 'relmap-script-'));

try {
  await bundleForNode(script, outDir, 'script.mjs');
  const child = spawnSync(process.execPath, [join(outDir, 'script.mjs'), ...args], {
    stdio: 'inherit',
    env: { ...process.env, RELMAP_ROOT: root },
  });
  process.exitCode = child.status ?? 1;
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
