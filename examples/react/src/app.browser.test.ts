import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from './app.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
let host: HTMLElement | undefined;
afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
});

describe('the React example', () => {
  it('draws the sample people and keeps changes in React state', async () => {
    host = document.createElement('div');
    host.style.cssText = 'width:900px;height:700px';
    document.body.append(host);
    root = createRoot(host);
    act(() => root!.render(createElement(App)));
    const map = host.querySelector('relationship-map')!;
    await map.updateComplete;
    await expect.poll(() => map.shadowRoot!.querySelectorAll('g.person').length).toBe(3);
    expect(host.querySelector('strong')!.textContent).toBe('3 people');

    act(() => void map.dispatch({ name: 'addPerson', args: { id: 'sam', name: 'Sam', ring: 3 } }));
    expect(host.querySelector('strong')!.textContent).toBe('4 people');
    expect(host.querySelector('[role="status"]')!.textContent).toBe('Changed: addPerson');
    await expect.poll(() => map.shadowRoot!.querySelectorAll('g.person').length).toBe(4);
  });
});
