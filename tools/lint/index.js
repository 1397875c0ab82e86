// The plugins the root eslint.config.js is built from, imported here so that they resolve against this package's
// own TypeScript 5.9 (see package.json) rather than the workspace's TypeScript 7.
export { default as js } from '@eslint/js';
export { default as prettier } from 'eslint-config-prettier';
export { default as lit } from 'eslint-plugin-lit';
export { default as wc } from 'eslint-plugin-wc';
export { default as globals } from 'globals';
export { default as tseslint } from 'typescript-eslint';
