#!/usr/bin/env node
// The packaging test: builds every package, packs it with `pnpm pack` (which applies `publishConfig`), checks what
// each tarball says of itself, installs the packages into a new project outside the workspace the way the docs
// say (the tarballs standing in for the registry), then imports every entry point in Node with and without the
// `browser` condition, defines the elements, and type-checks consumers against the published types: with
// TypeScript 7 under `nodenext`, and with TypeScript 5.9 under the older `node` resolution. Prints
// `N passed, N failed` like the other tests.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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

const tarball = (p) =>
  join(
    tarballs,
    readdirSync(tarballs).find((f) => f.startsWith(`relmap-${p}-`)),
  );
const file = (p) => `file:${tarball(p)}`;

step('every tarball has a README, repository, homepage and keywords, and names its siblings by a version range', () => {
  const problems = [];
  for (const p of PACKAGES) {
    const out = join(work, 'unpacked', p);
    mkdirSync(out, { recursive: true });
    run('tar', ['-xzf', tarball(p), '-C', out]);
    const manifest = JSON.parse(readFileSync(join(out, 'package/package.json'), 'utf8'));
    const readme = existsSync(join(out, 'package/README.md')) ? readFileSync(join(out, 'package/README.md'), 'utf8') : '';
    if (!readme.startsWith(`# @relmap/${p}`) || !/```sh\n(npm|pnpm) (install|add) @relmap\//.test(readme)) problems.push(`${p}: README with an install line`);
    if (manifest.repository?.directory !== `packages/${p}` || !manifest.repository?.url) problems.push(`${p}: repository`);
    if (!manifest.homepage || !(manifest.keywords?.length > 0) || !manifest.license) problems.push(`${p}: homepage, keywords, license`);
    for (const [name, range] of Object.entries({ ...manifest.dependencies, ...manifest.peerDependencies })) {
      if (name.startsWith('@relmap/') && !/^\^\d/.test(range)) problems.push(`${p}: ${name} is "${range}", not a ^ range`);
      if (String(range).startsWith('workspace:')) problems.push(`${p}: ${name} is still "${range}"`);
    }
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
});

step('the packages install as the docs say, one copy of each', () => {
  // The docs' install line for React (docs/embedding.md), which brings the rest; the tarballs stand in for the
  // registry through overrides, so the ranges between siblings resolve to them.
  const relmap = Object.fromEntries(PACKAGES.map((p) => [`@relmap/${p}`, file(p)]));
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify(
      {
        name: 'relmap-pack-consumer',
        private: true,
        type: 'module',
        dependencies: {
          '@relmap/react': file('react'),
          '@relmap/map': file('map'),
          '@relmap/core': file('core'),
          '@relmap/cases': file('cases'),
          '@relmap/layout': file('layout'),
          react: '^19.3.1',
          'react-dom': '^19.3.1',
        },
        devDependencies: { '@types/react': '^19.3.0', typescript: '5.9.3' },
        pnpm: { overrides: relmap },
      },
      null,
      2,
    ),
  );
  cpSync(join(root, 'scripts/pack-test'), consumer, { recursive: true });
  run('pnpm', ['install', '--prefer-offline', '--no-frozen-lockfile', '--reporter=silent'], consumer);
  const copies = readdirSync(join(consumer, 'node_modules/.pnpm')).filter((d) => d.startsWith('@relmap+'));
  const names = copies.map((d) => d.split('@')[1]);
  if (new Set(names).size !== names.length || names.length !== PACKAGES.length) {
    throw new Error(`expected one copy of each of ${PACKAGES.length} packages, found: ${copies.join(', ')}`);
  }
});

step('the installed packages import in Node, define the element and ship custom-elements.json', () => {
  process.stdout.write(run('node', ['smoke.mjs'], consumer));
});

step('every entry point imports in Node, with and without the browser condition, and leaves no stand-in behind', () => {
  process.stdout.write(run('node', ['server-imports.mjs'], consumer));
  process.stdout.write(run('node', ['--conditions=browser', 'server-imports.mjs', '--browser'], consumer));
});

step('a consumer file type-checks against the published types (TypeScript 7, nodenext)', () => {
  run(join(root, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], consumer);
});

step('a consumer using the sub-entry points type-checks under moduleResolution "node" (TypeScript 5.9)', () => {
  run(join(consumer, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.node10.json'], consumer);
});

if (!process.env.RELMAP_KEEP_PACK) rmSync(work, { recursive: true, force: true });
else console.log(`kept ${work}`);
const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
