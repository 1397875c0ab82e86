import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { startTherapistPage, type TherapistPage } from './therapist-page.ts';
import { until } from './testing/test-helpers.ts';
import './live-session.css';

// The therapist's page on a phone (390 px) and a tablet (768 px): every control can be seen and reached, the page
// never scrolls sideways, and the map's legend starts collapsed and opens and closes by pointer and by key.

const running: TherapistPage[] = [];
afterEach(async () => {
  for (const p of running.splice(0)) p.destroy();
  document.body.replaceChildren();
  await page.viewport(1280, 800);
});

async function therapistAt(width: number, height: number): Promise<TherapistPage> {
  await page.viewport(width, height);
  const root = document.createElement('div');
  root.id = 'app';
  document.body.append(root);
  const therapist = await startTherapistPage(root, {
    window: window,
    sessionId: crypto.randomUUID(),
    dbName: `relmap-test-${crypto.randomUUID()}`,
    caseId: 'maya',
  });
  running.push(therapist);
  await therapist.map.updateComplete;
  await frames(2);
  return therapist;
}

function frames(n: number): Promise<void> {
  return n <= 0 ? Promise.resolve() : new Promise((r) => requestAnimationFrame(() => r(frames(n - 1))));
}

const CONTROLS = 'button, input, select, summary, textarea, [tabindex="0"]';

/** Every visible control on the page, in shadow roots too, except what is drawn on the map (it pans and zooms). */
function controls(root: Document | ShadowRoot = document): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) out.push(...controls(el.shadowRoot));
    if (!el.matches(CONTROLS) || el.closest('svg, dialog, .sr-only')) continue;
    const box = el.getBoundingClientRect();
    if (box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden') out.push(el);
  }
  return out;
}

const parentOf = (el: Element): Element | null => el.parentElement ?? (el.getRootNode() as ShadowRoot).host ?? null;

const name = (el: Element): string => `${el.localName}[${el.getAttribute('aria-label') ?? el.getAttribute('name') ?? el.textContent?.trim().slice(0, 30)}]`;

/**
 * Controls not wholly on screen sideways, or cut off by something around them that hides what overflows it (as the
 * map's frame cut off its add form). Inside something that scrolls, a control is reachable by scrolling it.
 */
function clipped(): string[] {
  const out: string[] = [];
  for (const el of controls()) {
    const box = el.getBoundingClientRect();
    let scrolls = false;
    for (let up = parentOf(el); up && !scrolls; up = parentOf(up)) {
      const style = getComputedStyle(up);
      scrolls = /auto|scroll/.test(style.overflowX + style.overflowY);
      if (scrolls || !/hidden|clip/.test(style.overflowX + style.overflowY)) continue;
      const frame = up.getBoundingClientRect();
      if (box.left < frame.left - 0.5 || box.right > frame.right + 0.5 || box.top < frame.top - 0.5 || box.bottom > frame.bottom + 0.5) {
        out.push(`${name(el)} is cut off by ${up.localName}.${[...up.classList].join('.')}`);
      }
    }
    if (!scrolls && (box.left < -0.5 || box.right > window.innerWidth + 0.5))
      out.push(`${name(el)} is off screen (${Math.round(box.left)} to ${Math.round(box.right)})`);
  }
  return out;
}

function expectNothingCutOff(): void {
  expect(document.documentElement.scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(document.documentElement.clientWidth);
  expect(clipped()).toEqual([]);
}

for (const size of [
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
]) {
  describe(`the therapist's page ${size.width} px wide`, () => {
    it('cuts off no control, and never scrolls sideways, with a person selected, the table open and a comparison shown', async () => {
      const therapist = await therapistAt(size.width, size.height);
      expect(window.innerWidth).toBe(size.width);
      expectNothingCutOff();
      // A finger or a mouse lands on the symbol; the person's box also holds the label beside it.
      const jonas = therapist.map.shadowRoot!.querySelector('g.person[data-id="jonas"] .symbol')!;
      await userEvent.click(jonas);
      const detail = document.querySelector('relationship-detail')!;
      await until(() => (detail.shadowRoot?.querySelectorAll('input, select, textarea').length ?? 0) > 3);
      expectNothingCutOff();
      const table = document.querySelector<HTMLDetailsElement>('details.table-area')!;
      await userEvent.click(table.querySelector('summary')!);
      await until(() => table.open);
      await frames(2);
      expectNothingCutOff();
      const form = document.querySelector<HTMLFormElement>('.compare-form')!;
      (form.elements.namedItem('from') as HTMLSelectElement).value = 'intake';
      (form.elements.namedItem('to') as HTMLSelectElement).value = 'session-12';
      (form.elements.namedItem('mode') as HTMLSelectElement).value = 'side-by-side';
      form.requestSubmit();
      await until(() => document.querySelectorAll('relationship-compare').length === 1);
      const compare = document.querySelector('relationship-compare')!;
      await compare.updateComplete;
      for (const m of compare.shadowRoot!.querySelectorAll('relationship-map')) await m.updateComplete;
      await frames(2);
      expectNothingCutOff();
    });

    it('starts with the legend collapsed, and opens and closes it by pointer, Enter and Space, saying which', async () => {
      const therapist = await therapistAt(size.width, size.height);
      const map = therapist.map;
      const toggle = map.shadowRoot!.querySelector<HTMLButtonElement>('button.legend-toggle')!;
      // The legend's entries are drawn (and their code loaded) only while it is open (rule M53).
      const legend = (): Element | null => map.shadowRoot!.querySelector('[part="legend"]');
      const height = (): number => legend()?.getBoundingClientRect().height ?? 0;
      expect(toggle.getAttribute('aria-expanded')).toBe('false');
      expect(map.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)?.classList.contains('legend-body')).toBe(true);
      expect(height()).toBe(0);

      await userEvent.click(toggle);
      await map.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).toBe('true');
      expect(height()).toBeGreaterThan(0);
      const entries = [...legend()!.querySelectorAll('li')];
      expect(entries.length).toBeGreaterThan(3);
      // The first entries can be seen inside the map; the rest are reached by scrolling the legend.
      const frame = map.getBoundingClientRect();
      const first = entries[0]!.getBoundingClientRect();
      expect(first.left).toBeGreaterThanOrEqual(frame.left);
      expect(first.right).toBeLessThanOrEqual(Math.min(frame.right, window.innerWidth));
      expectNothingCutOff();

      toggle.focus();
      await userEvent.keyboard('{Enter}');
      await map.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).toBe('false');
      expect(height()).toBe(0);
      await userEvent.keyboard(' ');
      await map.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).toBe('true');
    });
  });
}

describe("the therapist's page on a desktop", () => {
  it('shows the legend open beside the map', async () => {
    const therapist = await therapistAt(1280, 800);
    const toggle = therapist.map.shadowRoot!.querySelector('button.legend-toggle')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expectNothingCutOff();
  });
});
