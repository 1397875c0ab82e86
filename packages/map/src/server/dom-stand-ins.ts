/**
 * Stand-ins for the two browser globals that Lit's browser build reads while it loads (`HTMLElement`, to extend,
 * and `document`, for a tree walker), set only where they are missing and taken away again by
 * `dom-stand-ins-removed.ts` once the elements have loaded. A runtime without a DOM that resolves packages with
 * the `browser` condition (edge and worker runtimes, Node with `--conditions=browser`) gets Lit's browser build,
 * which would otherwise throw `ReferenceError: HTMLElement is not defined` on import.
 */
import { HTMLElement as ShimHTMLElement } from '@lit-labs/ssr-dom-shim';

const scope = globalThis as unknown as Record<string, unknown>;

/** The names of the globals set here, so that only those are removed again. */
export const installed: string[] = [];

if (scope['HTMLElement'] === undefined) {
  scope['HTMLElement'] = ShimHTMLElement;
  installed.push('HTMLElement');
}
if (scope['document'] === undefined) {
  // lit-html makes one tree walker when it loads, and uses it only to render, which a server does not do here.
  scope['document'] = { createTreeWalker: () => ({}) };
  installed.push('document');
}
