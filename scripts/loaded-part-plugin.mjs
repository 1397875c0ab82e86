// The esbuild plugin of the size checks' first-load entries: it leaves out of the bundle the parts of Relmap's code
// that are loaded on demand (rule M52 of packages/map/src/visual/SPEC.md), as an app's bundler puts them in chunks
// of their own. Without it esbuild, bundling without code splitting, would inline every `import()` it can resolve.

/**
 * An esbuild plugin that marks every literal relative dynamic `import('./file.ts')` in the workspace's sources as
 * external, so that a bundle weighs what an app loads first. Static imports and packages are bundled as before;
 * the entries that measure what the map may load later are bundled without it.
 */
export function loadedPartPlugin() {
  return {
    name: 'relmap-loaded-part',
    setup(build) {
      build.onResolve({ filter: /^\.{1,2}\// }, (args) =>
        args.kind === 'dynamic-import' && /[\\/]packages[\\/][^\\/]+[\\/]src[\\/]/.test(args.importer) ? { path: args.path, external: true } : undefined,
      );
    },
  };
}
