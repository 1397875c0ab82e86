import { fileURLToPath } from 'node:url';
import { describeExampleApp } from '../../../scripts/example-smoke.ts';

describeExampleApp({
  name: 'the Svelte 5 example',
  dir: fileURLToPath(new URL('..', import.meta.url)),
  appFile: new URL('../src/App.svelte', import.meta.url),
  heading: '## Svelte 5',
  lang: 'svelte',
});
