import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach } from 'vitest';

// React reads this flag to know that act() is available in the test environment.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
let host: HTMLElement | undefined;
afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
});

/** Renders a React tree into a host of the given size in the test document; it is unmounted after each test. */
export function render(node: ReactNode, size = { width: 600, height: 400 }): HTMLElement {
  host = document.createElement('div');
  host.style.cssText = `width:${size.width}px;height:${size.height}px`;
  document.body.append(host);
  root = createRoot(host);
  act(() => root!.render(node));
  return host;
}
