#!/usr/bin/env node
// The packaging test: builds every package, packs it with `pnpm pack` (which applies `publishConfig`), installs
// the tarballs into a new project outside the workspace, then imports them in Node, defines the element and
// type-checks a consumer file against the published types. Prints `N passed, N failed` like the other tests.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const PACKAGES = ['core', 'layout', 'cases', 'map', 'react'];
const work = mkdtempSync(join(tmpdir(), 'relmap-pack-'));
const tarballs = join(work, 'tarballs');
const consumer = join(work, 'consumer');
mkdirSync(tarballs);
mkdirSync(consumer);

const results = [];
function step(name, run) {
  const started = Date.now();
  try {
    run();
    results.push({ name, ok: true });
    console.log(`✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`✗ ${name}\n${error.stdout ?? ''}${error.stderr ?? ''}${error.message}`);
  }
}
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: 'pipe', encoding: 'utf8' });

// `pnpm pack` runs each package's `prepack`, which builds dist/; dependencies are packed first.
step('every package builds and packs with pnpm pack', () => {
  for (const p of PACKAGES) run('pnpm', ['pack', '--pack-destination', tarballs], join(root, 'packages', p));
});

const file = (p) => `file:${join(tarballs, readdirSync(tarballs).find((f) => f.startsWith(`relmap-${p}-`)))}`;

step('the tarballs install in a fresh project outside the workspace', () => {
  const relmap = Object.fromEntries(PACKAGES.map((p) => [`@relmap/${p}`, file(p)]));
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify(
      {
        name: 'relmap-pack-consumer',
        private: true,
        type: 'module',
        dependencies: { ...relmap, react: '^19.3.1', 'react-dom': '^19.3.1', '@types/react': '^19.3.0' },
        pnpm: { overrides: relmap },
      },
      null,
      2,
    ),
  );
  cpSync(join(root, 'scripts/pack-test'), consumer, { recursive: true });
  run('pnpm', ['install', '--prefer-offline', '--no-frozen-lockfile', '--reporter=silent'], consumer);
});

step('the installed packages import in Node, define the element and ship custom-elements.json', () => {
  process.stdout.write(run('node', ['smoke.mjs'], consumer));
});

step('a consumer file type-checks against the published types', () => {
  run(join(root, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], consumer);
});

if (!process.env.RELMAP_KEEP_PACK) rmSync(work, { recursive: true, force: true });
else console.log(`kept ${work}`);
const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
