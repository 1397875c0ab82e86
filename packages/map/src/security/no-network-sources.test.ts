import { describe, expect, it } from 'vitest';

declare global {
  interface ImportMeta {
    /** Vite's import of many files at once, resolved when the test is transformed. */
    glob(pattern: string | string[], options: { eager: true; query: '?raw'; import: 'default' }): Record<string, string>;
  }
}

// Every source file the packages ship: tests, test helpers, this folder's harness and the fixture page excluded, and
// the co-editing relay and its benchmark, a server whose one job is the network (docs/remote-session.md), and the
// sealed room's provider, a transport an app reaches only by constructing it; the binding, the picture and presence
// that apps import are still checked.
const SOURCES = import.meta.glob(
  [
    '../../../*/src/**/*.ts',
    '!../../../*/src/**/*.test.ts',
    '!../../../*/src/**/testing/**',
    '!../../../map/src/security/**',
    '!../../../sync/src/relay/**',
    '!../../../sync/src/bench/**',
    '!../../../sync/src/sealed/sealed-provider.ts',
  ],
  {
    eager: true,
    query: '?raw',
    import: 'default',
  },
);

/**
 * URIs that are names, never fetched: XML namespaces and schema locations (SVG, GraphML) and FHIR code systems.
 */
const NAME_URIS = /(https?):\/\/(www\.w3\.org|graphml\.graphdrawing\.org|terminology\.hl7\.org|hl7\.org\/fhir)\//g;

/** APIs that reach the network or store data, and remote URLs. */
const FORBIDDEN: readonly [string, RegExp][] = [
  ['fetch', /\bfetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['EventSource', /\bEventSource\b/],
  ['sendBeacon', /\bsendBeacon\b/],
  // A module loaded at run time; `import('x').T` in a type is erased by the compiler and is not one. A part of the
  // map's own code loaded on demand (rule M52) is allowed: a literal relative path of a .ts file, nothing computed
  // and no URL; the test below checks that it names a file of the same package.
  ['dynamic import', /(?<![<:(,|&]\s*)\bimport\s*\((?![^)]*\)\.[A-Z])(?!'\.{1,2}\/[\w./-]+\.ts'\))/],
  ['worker', /\b(Shared)?Worker\s*\(|serviceWorker/],
  ['web storage', /\b(localStorage|sessionStorage|indexedDB|caches)\b|document\.cookie/],
  ['CSS import or url()', /@import|\burl\s*\(/],
  ['remote URL', /\b(https?|wss?|ftp):\/\//],
];

/** The code without its comments, which may name such things (roughly: enough for this check). */
function code(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1')
    .replace(NAME_URIS, 'name:');
}

/** Where a source file is, from the packages folder: `/map/src/relationship-map/on-demand-parts.ts`. */
const place = (file: string): string => new URL(file, 'file:///map/src/security/').pathname;
const LITERAL_IMPORT = /\bimport\s*\(\s*'(\.{1,2}\/[\w./-]+\.ts)'\s*\)/g;

describe('the packages reach no network and store nothing', () => {
  const files = Object.keys(SOURCES);

  it('scans the source of every package', () => {
    // Vite names the files of this package from here (`../`), and those of the others from `../../../<name>/`.
    const packages = new Set(files.map((f) => /^\.\.\/\.\.\/\.\.\/([a-z-]+)\/src\//.exec(f)?.[1] ?? 'map'));
    for (const pkg of ['core', 'layout', 'map', 'cases']) expect(packages.has(pkg), pkg).toBe(true);
    expect(files.length).toBeGreaterThan(50);
  });

  it('no shipped source calls a network or storage API, or names a remote URL or a web font', () => {
    const found = files.flatMap((file) =>
      FORBIDDEN.filter(([, pattern]) => pattern.test(code(SOURCES[file]!))).map(([what]) => `${file.replace(/^.*packages\//, '')}: ${what}`),
    );
    expect(found).toEqual([]);
  });

  it('M52: a module loaded on demand is a file shipped in the same package, named by a literal relative path', () => {
    const shipped = new Set(files.map(place));
    const loads = files.flatMap((file) =>
      [...code(SOURCES[file]!).matchAll(LITERAL_IMPORT)].map((m) => ({ from: place(file), to: new URL(m[1]!, `file://${place(file)}`).pathname })),
    );
    // The map's four parts: export, help, announcements and view controls.
    expect(loads.length).toBeGreaterThanOrEqual(4);
    const packageOf = (path: string): string => path.split('/')[1]!;
    expect(loads.filter(({ from, to }) => !shipped.has(to) || packageOf(from) !== packageOf(to))).toEqual([]);
  });

  it('the scan finds each forbidden thing when it is there', () => {
    const samples: Record<string, string> = {
      fetch: "fetch('/x')",
      XMLHttpRequest: 'new XMLHttpRequest()',
      WebSocket: 'new WebSocket(u)',
      EventSource: 'new EventSource(u)',
      sendBeacon: 'navigator.sendBeacon(u)',
      'dynamic import': 'const m = await import(name)',
      worker: 'new Worker(u)',
      'web storage': 'localStorage.setItem(k, v)',
      'CSS import or url()': 'background: url(x.png)',
      'remote URL': "const u = 'https://example.org/font.woff2'",
    };
    for (const [what, pattern] of FORBIDDEN) expect(pattern.test(code(samples[what]!)), what).toBe(true);
    expect(FORBIDDEN[8]![1].test(code("css`@import 'x.css';`"))).toBe(true);
    expect(FORBIDDEN[5]![1].test(code("let d: Draft<import('../model.ts').Inventory>;"))).toBe(false);
    // M52: only a literal relative path of a .ts file; a URL, a bare name, a computed or concatenated path is refused.
    expect(FORBIDDEN[5]![1].test(code("const part = () => import('./export-part.ts');"))).toBe(false);
    for (const loaded of [
      "import('https://example.org/x.js')",
      "import('//cdn.example/x.js')",
      "import('lit')",
      "import('./x.ts' + query)",
      'import(`./${name}.ts`)',
      "import('./x.js')",
    ])
      expect(FORBIDDEN[5]![1].test(code(loaded)), loaded).toBe(true);
    expect(FORBIDDEN.some(([, p]) => p.test(code("document.createElementNS('http://www.w3.org/2000/svg', 'svg')")))).toBe(false);
  });
});
