import { fileURLToPath } from 'node:url';
import { describeExampleApp } from '../../../scripts/example-smoke.ts';

describeExampleApp({
  name: 'the Vue 3 example',
  dir: fileURLToPath(new URL('..', import.meta.url)),
  appFile: new URL('../src/App.vue', import.meta.url),
  heading: '## Vue 3',
  lang: 'vue',
});
