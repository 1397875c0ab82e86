import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildPackages, describeExampleApp } from '../../../scripts/example-smoke.ts';

const dir = fileURLToPath(new URL('..', import.meta.url));

describeExampleApp({
  name: 'the Angular 21 example',
  dir,
  appFile: new URL('../src/app.component.ts', import.meta.url),
  heading: '## Angular',
  lang: 'ts',
  prepare: async () => {
    // Angular's compiler checks the templates against the packages' published declarations, as in an app.
    await buildPackages(['core', 'layout', 'map']);
    execFileSync(fileURLToPath(new URL('../node_modules/.bin/ngc', import.meta.url)), ['-p', 'tsconfig.json'], { cwd: dir, stdio: 'pipe' });
  },
});
