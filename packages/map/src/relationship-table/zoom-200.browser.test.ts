import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { ruth } from '@relmap/cases';
import type { RelationshipMap } from '../relationship-map/relationship-map.ts';
import { cleanup, nextFrame } from '../testing/mount.ts';
import type { RelationshipTable } from './relationship-table.ts';
import '../define.ts';

// Browser zoom at 200% halves the CSS pixels a window offers; the test runs in a 1280 by 800 window, so a
// 640 by 400 viewport lays the page out as 200% zoom would (WCAG 1.4.4 resize text, 1.4.10 reflow).
const ZOOMED = { width: 640, height: 400 };
const NORMAL = { width: 1280, height: 800 };

beforeEach(async () => {
  await page.viewport(ZOOMED.width, ZOOMED.height);
});

afterEach(async () => {
  cleanup();
  for (const t of document.querySelectorAll('relationship-table')) t.remove();
  await page.viewport(NORMAL.width, NORMAL.height);
});

/** The map and the table as a page would hold them: full width, one under the other. */
async function mountPage(): Promise<{ map: RelationshipMap; table: RelationshipTable }> {
  const map = document.createElement('relationship-map');
  map.id = 'zoomed-map';
  map.style.width = '100%';
  document.body.append(map);
  map.inventory = ruth.session12;
  map.settle();
  const table = document.createElement('relationship-table');
  table.setAttribute('for', 'zoomed-map');
  document.body.append(table);
  await map.updateComplete;
  await table.updateComplete;
  await nextFrame();
  await map.updateComplete;
  await table.updateComplete;
  return { map, table };
}

const CONTROLS = 'button, input, select, summary, [tabindex="0"]';

/** The visible controls in a shadow root, with their boxes. */
function controls(root: ShadowRoot): { el: Element; box: DOMRect }[] {
  return [...root.querySelectorAll(CONTROLS)]
    .filter((el) => !el.closest('dialog') && getComputedStyle(el).visibility !== 'hidden' && !el.closest('.sr-only'))
    .map((el) => ({ el, box: el.getBoundingClientRect() }))
    .filter(({ box }) => box.width > 0 && box.height > 0);
}

const describeEl = (el: Element): string =>
  `${el.localName}.${[...el.classList].join('.')}[${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30)}]`;

/** Pairs of controls whose boxes overlap by more than a pixel each way (a focus ring or a shared border is not an overlap). */
function overlaps(items: readonly { el: Element; box: DOMRect }[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const [a, b] = [items[i]!, items[j]!];
      if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
      const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
      const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
      if (x > 1 && y > 1) out.push(`${describeEl(a.el)} overlaps ${describeEl(b.el)}`);
    }
  }
  return out;
}

/** Controls that stick out of `frame` sideways, so part of them could not be seen or reached. */
function outside(items: readonly { el: Element; box: DOMRect }[], frame: DOMRect): string[] {
  return items.filter(({ box }) => box.left < frame.left - 1 || box.right > frame.right + 1).map(({ el }) => describeEl(el));
}

describe('the map and the table at 200% zoom', () => {
  it("the page never scrolls sideways; only the tables' own wrappers do", async () => {
    const { map, table } = await mountPage();
    const html = document.documentElement;
    expect(window.innerWidth).toBe(ZOOMED.width);
    expect(html.scrollWidth).toBeLessThanOrEqual(html.clientWidth);
    expect(map.getBoundingClientRect().right).toBeLessThanOrEqual(html.clientWidth);
    expect(table.getBoundingClientRect().right).toBeLessThanOrEqual(html.clientWidth);
    expect(table.scrollWidth).toBeLessThanOrEqual(table.clientWidth);
    const wrappers = [...table.shadowRoot!.querySelectorAll<HTMLElement>('.scroll')];
    expect(wrappers).toHaveLength(2);
    for (const w of wrappers) {
      expect(getComputedStyle(w).overflowX).toBe('auto');
      expect(w.getBoundingClientRect().right).toBeLessThanOrEqual(html.clientWidth);
    }
    // The people table is wider than the zoomed window: it scrolls inside its wrapper.
    expect(wrappers[0]!.scrollWidth).toBeGreaterThan(wrappers[0]!.clientWidth);
  });

  it('no control of the map is clipped or overlaps another', async () => {
    const { map } = await mountPage();
    const frame = map.getBoundingClientRect();
    const items = controls(map.shadowRoot!).filter(({ el }) => !el.matches('g.person'));
    expect(items.length).toBeGreaterThan(5);
    expect(outside(items, frame)).toEqual([]);
    expect(overlaps(items)).toEqual([]);
  });

  it('no control of the table overlaps another, the forms fit the window, and Tab scrolls each control into view', async () => {
    const { table } = await mountPage();
    const root = table.shadowRoot!;
    const items = controls(root);
    expect(overlaps(items)).toEqual([]);
    const forms = items.filter(({ el }) => el.closest('form'));
    expect(forms.length).toBeGreaterThanOrEqual(6);
    expect(outside(forms, table.getBoundingClientRect())).toEqual([]);
    // The last control of the widest row, out of sight to the right, is scrolled into its wrapper's view by focus.
    const lastRow = [...root.querySelectorAll('table[part="table"] tr[data-id]')].at(-1)!;
    const remove = lastRow.querySelector<HTMLButtonElement>('button.remove')!;
    lastRow.querySelector<HTMLInputElement>('input.deceased')!.focus();
    await userEvent.keyboard('{Tab}');
    expect(root.activeElement).toBe(remove);
    const wrapper = remove.closest('.scroll')!.getBoundingClientRect();
    const box = remove.getBoundingClientRect();
    expect(box.left).toBeGreaterThanOrEqual(wrapper.left - 1);
    expect(box.right).toBeLessThanOrEqual(wrapper.right + 1);
  });
});
