#!/usr/bin/env node
// Builds one package to dist/ as it will be published: ESM JavaScript with source maps (sources inlined) and
// declarations. Run from the package's folder: `node ../../scripts/build-package.mjs`.
//
// tsc rewrites `./model.ts` to `./model.js` in JavaScript but leaves declarations pointing at `.ts` files, which a
// consumer without `allowImportingTsExtensions` cannot resolve; the declarations are rewritten here to match. The
// CSS of Lit `css` templates is minified in the JavaScript (scripts/css-templates.mjs), keeping line numbers.
//
// tsc compiles what `src/index.ts` imports, statically or by a literal `import()` (the parts of the map loaded on
// demand, rule M52, which become files of their own); every other entry point named in `publishConfig.exports`
// (such as `@relmap/map/relationship-map`) must be reached from there, and the build fails when one of them is
// missing, or when a built file imports a relative path that the build did not write.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
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

// Every relative import of the built JavaScript and declarations, static or dynamic, must name a file of dist/: a
// part loaded on demand that tsc did not emit would fail only when a user first needs it.
const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;
const unresolved = [];
function checkImports(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) checkImports(path);
    else if (/\.(js|d\.ts)$/.test(entry.name)) {
      // Comments left out: a JSDoc may show an import as an example.
      const code = readFileSync(path, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
      for (const [, spec] of code.matchAll(RELATIVE_IMPORT)) {
        if (!existsSync(join(dirname(path), spec))) unresolved.push(`${relative(process.cwd(), path)}: ${spec}`);
      }
    }
  }
}
checkImports(dist);
if (unresolved.length > 0) {
  console.error(`${manifest.name}: built files import files the build did not write:\n  ${unresolved.join('\n  ')}`);
  process.exit(1);
}
