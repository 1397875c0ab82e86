#!/usr/bin/env node
// Builds one package to dist/ as it will be published: ESM JavaScript with source maps (sources inlined) and
// declarations. Run from the package's folder: `node ../../scripts/build-package.mjs`.
//
// tsc rewrites `./model.ts` to `./model.js` in JavaScript but leaves declarations pointing at `.ts` files, which a
// consumer without `allowImportingTsExtensions` cannot resolve; the declarations are rewritten here to match. The
// CSS of Lit `css` templates is minified in the JavaScript (scripts/css-templates.mjs), keeping line numbers.
//
// tsc compiles what `src/index.ts` imports; every other entry point named in `publishConfig.exports` (such as
// `@relmap/map/relationship-map`) must be reached from there, and the build fails when one of them is missing.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifyCssTemplates } from './css-templates.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const dist = join(process.cwd(), 'dist');
rmSync(dist, { recursive: true, force: true });
execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.build.json'], { stdio: 'inherit' });

const RELATIVE_TS = /((?:from|import)\s*\(?\s*['"])(\.{1,2}\/[^'"]+?)\.ts(['"])/g;
function rewrite(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) rewrite(path);
    else if (entry.name.endsWith('.d.ts')) {
      const text = readFileSync(path, 'utf8');
      const next = text.replace(RELATIVE_TS, '$1$2.js$3');
      if (next !== text) writeFileSync(path, next);
    } else if (entry.name.endsWith('.js')) {
      const text = readFileSync(path, 'utf8');
      const next = minifyCssTemplates(text);
      if (next !== text) writeFileSync(path, next);
    }
  }
}
rewrite(dist);

/** Every file that `publishConfig.exports` names, conditions and subpaths included. */
function published(target) {
  if (typeof target === 'string') return [target];
  return Object.values(target ?? {}).flatMap(published);
}
const manifest = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8'));
const missing = published(manifest.publishConfig?.exports).filter((file) => !existsSync(join(process.cwd(), file)));
if (missing.length > 0) {
  console.error(`${manifest.name}: publishConfig.exports names files the build did not write: ${missing.join(', ')}`);
  process.exit(1);
}
