/**
 * Takes away the globals `dom-stand-ins.ts` set, once the elements have loaded: left behind, a `document` would
 * make other code on the server believe it runs in a browser.
 */
import { installed } from './dom-stand-ins.ts';

for (const name of installed.splice(0)) delete (globalThis as unknown as Record<string, unknown>)[name];
