// Node 20 cannot load TypeScript, so the repository's TypeScript scripts and benchmarks are first bundled by Vite
// (already in the workspace), with the package sources they import and their dependencies, as an app would ship.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** The repository's root folder. */
export const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');

/**
 * Bundles one TypeScript entry into `outDir/fileName` as a single ES module for Node, with production defines.
 * Returns the path of the bundle.
 */
export async function bundleForNode(entry, outDir, fileName) {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    ssr: { noExternal: true },
    build: {
      ssr: resolve(entry),
      outDir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: fileName } },
    },
  });
  return resolve(outDir, fileName);
}
