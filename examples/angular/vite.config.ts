import { transformAsync } from '@babel/core';
import { defineConfig, type Plugin } from 'vite';

/**
 * Angular's own packages ship partly compiled; their linker (a Babel plugin of @angular/compiler-cli) finishes
 * them at build time, as the Angular CLI does, so the app needs no compiler at run time.
 */
function angularLinker(): Plugin {
  return {
    name: 'angular-linker',
    async transform(code, id) {
      if (!/[\\/]@angular[\\/]/.test(id) || !code.includes('ɵɵngDeclare')) return null;
      const { default: linkerPlugin } = await import('@angular/compiler-cli/linker/babel');
      const result = await transformAsync(code, { filename: id, plugins: [linkerPlugin], configFile: false, babelrc: false, compact: false, sourceMaps: true });
      return result?.code ? { code: result.code, map: result.map ?? null } : null;
    },
  };
}

export default defineConfig({ plugins: [angularLinker()] });
