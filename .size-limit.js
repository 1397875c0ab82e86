// The size budget of the element, checked by `pnpm size` and in CI: the whole of what an app ships for
// <relationship-map> (lit, immer, valibot, d3-force, @relmap/core and @relmap/layout included), bundled by esbuild
// as an app's production build would (minified ESM, NODE_ENV=production), then gzipped.
//
// The goal is 35 kB. The element does not meet it yet (bench/RESULTS.md, "Size budget", says by how much and what
// weighs), so CI enforces a ceiling instead: 62 kB measured on 2026-11-25 plus room for the features still landing
// that day. Lower it towards GOAL_KB as the bundle shrinks; never raise it to make a change pass.
const GOAL_KB = 35;
const CEILING_KB = 70;

export default [
  {
    name: `<relationship-map>, everything included (esbuild, minified ESM, gzip); goal ${GOAL_KB} kB`,
    path: 'packages/map/src/index.ts',
    limit: `${CEILING_KB} kB`,
    gzip: true,
    modifyEsbuildConfig(config) {
      return { ...config, format: 'esm', platform: 'browser', define: { 'process.env.NODE_ENV': '"production"' } };
    },
  },
];
