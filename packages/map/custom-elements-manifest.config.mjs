/**
 * Configuration of the custom-elements manifest analyzer for `@relmap/map`. It reads the element's JSDoc
 * (`@summary`, `@event`, `@csspart`, `@cssproperty`) and its Lit properties (legacy decorators) into
 * `custom-elements.json`, which Storybook turns into controls and API tables and editors into completions.
 * Regenerate it with `pnpm --filter @relmap/map run manifest`; a unit test fails when it is out of date.
 */
export default {
  // The public entry points and the elements; helpers are not part of the elements' API.
  globs: [
    'src/index.ts',
    'src/define.ts',
    'src/relationship-map.ts',
    'src/relationship-table.ts',
    'src/relationship-detail.ts',
    'src/relationship-compare.ts',
    'src/relationship-timeline.ts',
    'src/relationship-goals.ts',
    'src/relationship-map/relationship-map.ts',
    'src/relationship-table/relationship-table.ts',
    'src/relationship-detail/relationship-detail.ts',
    'src/relationship-compare/relationship-compare.ts',
    'src/relationship-timeline/relationship-timeline.ts',
    'src/relationship-goals/relationship-goals.ts',
    // The base classes whose properties the elements inherit (the session's, and the binding to one).
    'src/relationship-map/session-backed-element.ts',
    'src/session-bound-element.ts',
  ],
  outdir: '.',
  litelement: true,
  // The `customElements` field of package.json is written by hand; the analyzer would rewrite the whole file.
  packagejson: false,
  plugins: [publicApiOnly()],
};

/** Drops private and protected members (Lit `@state`, internals) so that docs and controls list only the API. */
function publicApiOnly() {
  return {
    name: 'relmap-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (!decl.members) continue;
          decl.members = decl.members.filter((m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('#') && !m.static);
        }
      }
    },
  };
}
