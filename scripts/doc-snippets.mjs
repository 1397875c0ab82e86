// The code samples of the guides, extracted so that tests can type-check and run them: every ```ts and ```tsx
// block of README.md, docs/*.md and packages/*/README.md, and the module scripts of their ```html blocks (as
// JavaScript, checked with checkJs). A block preceded by `<!-- snippet: skip -->` is left out (a type shown on its
// own, a file of another tool). Files go to .doc-snippets/ (ignored by git) with a strict tsconfig.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = dirname(dirname(fileURLToPath(import.meta.url)));

/** The Markdown files whose samples are checked, relative to the repository root. */
export function snippetSources() {
  const docs = readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`);
  const packages = readdirSync(join(root, 'packages'))
    .map((p) => `packages/${p}/README.md`)
    .filter((f) => {
      try {
        readFileSync(join(root, f));
        return true;
      } catch {
        return false;
      }
    });
  return ['README.md', ...docs, ...packages];
}

/**
 * The samples of one Markdown file: `{ source, line, lang, code }`, `lang` being `ts`, `tsx` or `js` (a module
 * script of an html block). Numbered in order within the file.
 */
export function extractSnippets(source) {
  const lines = readFileSync(join(root, source), 'utf8').split('\n');
  const snippets = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w+)\s*$/.exec(lines[i]);
    if (!open) continue;
    const start = i;
    let end = i + 1;
    while (end < lines.length && lines[end] !== '```') end++;
    const body = lines.slice(start + 1, end).join('\n');
    const skipped = /<!--\s*snippet:\s*skip\s*-->/.test(lines[start - 1] ?? '') || /<!--\s*snippet:\s*skip\s*-->/.test(lines[start - 2] ?? '');
    const lang = open[1];
    if (!skipped && (lang === 'ts' || lang === 'tsx')) snippets.push({ source, line: start + 2, lang, code: body });
    if (!skipped && lang === 'html') {
      for (const m of body.matchAll(/<script type="module">\n([\s\S]*?)<\/script>/g)) {
        snippets.push({ source, line: start + 2, lang: 'js', code: m[1].replace(/^ {2}/gm, '') });
      }
    }
    i = end;
  }
  return snippets;
}

/** The file name a sample is written to: `docs-commands-3.ts` for the third sample of docs/commands.md. */
export function snippetFile(snippet, index) {
  const stem = snippet.source.replace(/\.md$/, '').replace(/[/.]/g, '-').toLowerCase();
  return `${stem}-${index + 1}.${snippet.lang}`;
}

// Names the guides use in fragments without introducing them: an element on the page, a store, an inventory.
const PRELUDE = `import type { Inventory, Store, ValidationIssue } from '@relmap/core';
import type { RelationshipMap } from '@relmap/map';
declare global {
  /** A <relationship-map> on the page. */
  const map: RelationshipMap;
  /** A store from createStore. */
  const store: Store;
  /** An inventory from createInventory or parseInventory. */
  const inventory: Inventory;
}
export type { ValidationIssue };
`;

/** Writes every sample, a prelude and a strict tsconfig into `dir` (default .doc-snippets/); returns the files. */
export function writeSnippets(dir = join(root, '.doc-snippets')) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const written = [];
  for (const source of snippetSources()) {
    extractSnippets(source).forEach((snippet, index) => {
      const file = snippetFile(snippet, index);
      const header = `// ${snippet.source}:${snippet.line}\n`;
      // Each sample is a module of its own, so that top-level await works and names do not clash.
      writeFileSync(join(dir, file), `${snippet.lang === 'js' ? '// @ts-check\n' : ''}${header}${snippet.code}\nexport {};\n`);
      written.push({ ...snippet, file: join(dir, file) });
    });
  }
  writeFileSync(join(dir, 'prelude.d.ts'), PRELUDE);
  const fromDir = (p) => relative(dir, join(root, p));
  const reactTypes = fromDir('packages/react/node_modules/@types/react');
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          jsx: 'react-jsx',
          strict: true,
          noUncheckedIndexedAccess: true,
          exactOptionalPropertyTypes: true,
          allowJs: true,
          checkJs: true,
          noEmit: true,
          skipLibCheck: true,
          allowImportingTsExtensions: true,
          experimentalDecorators: true,
          useDefineForClassFields: false,
          types: ['node'],
          typeRoots: [fromDir('node_modules/@types')],
          paths: {
            '@relmap/core': [fromDir('packages/core/src/index.ts')],
            '@relmap/layout': [fromDir('packages/layout/src/index.ts')],
            '@relmap/cases': [fromDir('packages/cases/src/index.ts')],
            '@relmap/map': [fromDir('packages/map/src/index.ts')],
            '@relmap/map/*': [fromDir('packages/map/src/*.ts')],
            '@relmap/react': [fromDir('packages/react/src/index.ts')],
            '@relmap/sync': [fromDir('packages/sync/src/index.ts')],
            '@relmap/sync/relay': [fromDir('packages/sync/src/relay/index.ts')],
            yjs: [fromDir('packages/sync/node_modules/yjs')],
            'y-websocket': [fromDir('packages/sync/node_modules/y-websocket')],
            react: [reactTypes],
            'react/*': [`${reactTypes}/*`],
          },
        },
        include: ['*.ts', '*.tsx', '*.js'],
      },
      null,
      2,
    ),
  );
  return written;
}

/** Vitest's global set-up for the browser tests that run the guides' recipes: writes them to .doc-snippets/browser. */
export function setup() {
  writeSnippets(join(root, '.doc-snippets/browser'));
}

if (process.argv[1] && basename(process.argv[1]) === 'doc-snippets.mjs') {
  const files = writeSnippets();
  console.log(`${files.length} samples written to .doc-snippets/`);
}
