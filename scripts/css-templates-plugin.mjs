// The esbuild plugin of the size checks: it minifies the CSS of `css` templates in the workspace's sources as
// scripts/build-package.mjs does in the published files.
import { readFile } from 'node:fs/promises';
import { minifyCssTemplates } from './css-templates.mjs';

/**
 * An esbuild plugin that minifies the `css` templates of the workspace's TypeScript sources as the build of the
 * packages does, so that a bundle of the sources (`pnpm size`, `pnpm size:report`) weighs what the published
 * packages weigh.
 */
export function cssTemplatesPlugin() {
  return {
    name: 'relmap-css-templates',
    setup(build) {
      build.onLoad({ filter: /[\\/]packages[\\/][^\\/]+[\\/]src[\\/].*\.ts$/ }, async (args) => ({
        contents: minifyCssTemplates(await readFile(args.path, 'utf8')),
        loader: 'ts',
      }));
    },
  };
}
