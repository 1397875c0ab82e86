import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RelationshipMap } from '../relationship-map/relationship-map.ts';
import { cleanup, mountMap, nextFrame } from '../testing/mount.ts';
import { CANARY, PAYLOADS, injectionInventory } from './injection-corpus.ts';

const ran: string[] = [];
beforeEach(() => {
  ran.length = 0;
  (window as unknown as Record<string, unknown>)[CANARY] = (what: string) => ran.push(what);
});
afterEach(() => {
  cleanup();
  delete (window as unknown as Record<string, unknown>)[CANARY];
});

/** Gives any injected handler (an image's onerror, an SVG's onload) the time to run: a few frames and a load. */
async function settleEvents(): Promise<void> {
  for (let i = 0; i < 3; i++) await nextFrame();
  await new Promise<void>((resolve) => {
    const img = new Image();
    img.onload = img.onerror = () => resolve();
    img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
  });
  await nextFrame();
}

/** Elements and attributes that would mean markup got through, anywhere under `root`. */
function activeContent(root: ParentNode): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    const tag = el.localName;
    if (['script', 'img', 'iframe', 'foreignobject', 'foreignObject', 'a', 'b', 'i', 'u', 'math', 'object', 'embed'].includes(tag)) found.push(tag);
    if (tag === 'style' && el.closest('svg')) found.push('style in svg');
    for (const attr of el.getAttributeNames()) {
      if (/^on/i.test(attr)) found.push(`${tag}[${attr}]`);
      if (/href$/i.test(attr) && /javascript:/i.test(el.getAttribute(attr) ?? '')) found.push(`${tag}[${attr}]`);
    }
  }
  return found;
}

/** Every text node and attribute value under `root`, with shadow roots entered. */
function allText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.nodeValue ?? '');
    if (node instanceof Element) for (const name of node.getAttributeNames()) parts.push(node.getAttribute(name) ?? '');
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return parts.join('\n');
}

async function mountHostile(): Promise<RelationshipMap> {
  return mountMap(injectionInventory(), { width: 1000, height: 760 });
}

describe('script and markup in every text field', () => {
  it('the canary is live: the same payloads set as HTML do run', async () => {
    const div = document.createElement('div');
    div.innerHTML = PAYLOADS.join('');
    document.body.append(div);
    // Waits for every broken image's error event, so that no handler of this test fires during the next one.
    const pending = [...div.querySelectorAll('img')].filter((img) => !img.complete);
    await Promise.all(pending.map((img) => new Promise((r) => img.addEventListener('error', r))));
    await settleEvents();
    div.remove();
    expect(ran.length).toBeGreaterThan(0);
  });

  it('render as text in the DOM and the ARIA attributes, in every label mode, and never run', async () => {
    const map = await mountHostile();
    const root = map.shadowRoot!;
    for (const mode of ['name', 'alias', 'role', 'initials'] as const) {
      map.labelMode = mode;
      map.settle();
      await map.updateComplete;
      expect(activeContent(root), mode).toEqual([]);
    }
    map.labelMode = 'name';
    map.settle();
    await map.updateComplete;
    const text = allText(root);
    for (const payload of PAYLOADS) expect(text).toContain(payload);
    const aria = [...root.querySelectorAll('[aria-label]')].map((el) => el.getAttribute('aria-label')).join('\n');
    expect(aria).toContain(PAYLOADS[1]);
    expect(root.querySelector(`g.person[data-id="p1"]`)!.getAttribute('aria-label')).toContain(PAYLOADS[1]);
    await settleEvents();
    expect(ran).toEqual([]);
  });

  it('stay text in toSVG(), which stays well-formed XML even with a NUL in a name: no script, no handlers, no foreign content', async () => {
    const map = await mountHostile();
    const markup = await map.toSVG();
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(activeContent(doc)).toEqual([]);
    expect(doc.documentElement.localName).toBe('svg');
    const text = [...doc.querySelectorAll('text, title, desc')].map((t) => t.textContent).join('\n');
    for (const payload of PAYLOADS.slice(0, 6)) expect(text).toContain(payload.replace('\u0000', '\ufffd'));
    // Shown in the page as a host might, the exported drawing still runs nothing.
    const holder = document.createElement('div');
    holder.append(document.importNode(doc.documentElement, true));
    document.body.append(holder);
    await settleEvents();
    holder.remove();
    expect(ran).toEqual([]);
  });

  it('run nothing when drawn into toPNG()', async () => {
    const map = await mountHostile();
    const png = await map.toPNG(1);
    expect(png.type).toBe('image/png');
    expect(png.size).toBeGreaterThan(1000);
    await settleEvents();
    expect(ran).toEqual([]);
  });
});
