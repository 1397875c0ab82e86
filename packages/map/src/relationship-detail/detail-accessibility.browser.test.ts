import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { daniel, maya } from '@relmap/cases';
import { axeViolations } from '../testing/axe.ts';
import { mountDetail, removeAll, tabTo } from './testing/detail-fixture.ts';

afterEach(() => {
  removeAll();
  for (const el of document.querySelectorAll('.target-size-probe')) el.remove();
});

describe('<relationship-detail> passes axe-core (WCAG 2.2 A and AA with target size, best practices)', () => {
  it('proves the check includes target size: two 13 px checkboxes side by side fail it', async () => {
    const probe = document.createElement('div');
    probe.className = 'target-size-probe';
    probe.innerHTML =
      '<input type="checkbox" aria-label="one" style="width:13px;height:13px;margin:0"><input type="checkbox" aria-label="two" style="width:13px;height:13px;margin:0">';
    document.body.append(probe);
    expect((await axeViolations(probe)).join('\n')).toContain('target-size');
  });

  for (const [c, id] of [
    [maya.session12, 'jonas'],
    [maya.intake, 'erik'],
    [maya.intake, 'leo'],
    [daniel.intake, Object.values(daniel.intake.people).find((p) => p.status === 'deceased')!.id],
  ] as const) {
    it(`showing ${id}, with ties, events and focus`, async () => {
      const { detail } = await mountDetail(c, id);
      expect(await axeViolations(detail)).toEqual([]);
    });
  }

  it('with errors showing under date fields', async () => {
    const { detail, el } = await mountDetail(maya.intake, 'jonas');
    await tabTo(detail, 'f-born');
    await userEvent.keyboard('spring');
    await tabTo(detail, 'f-new-event-date');
    await userEvent.keyboard('soon');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await detail.updateComplete;
    expect(el('f-born').getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(detail)).toEqual([]);
  });

  for (const state of ['presenting', 'readonly'] as const) {
    it(`when ${state}`, async () => {
      const { map, detail } = await mountDetail(maya.session12, 'jonas', { presenting: state === 'presenting' });
      if (state === 'readonly') map.readonly = true;
      await map.updateComplete;
      await detail.updateComplete;
      expect(await axeViolations(detail)).toEqual([]);
    });
  }
});

describe('<relationship-detail> structure', () => {
  it('gives every control a visible label and puts it in a group with a legend or a section with a heading', async () => {
    const { detail } = await mountDetail(maya.session12, 'jonas');
    const controls = [...detail.shadowRoot!.querySelectorAll<HTMLElement>('input, select, textarea, button')];
    expect(controls.length).toBeGreaterThan(40);
    for (const control of controls) {
      const name =
        control instanceof HTMLButtonElement
          ? control.textContent.trim()
          : [...(control as HTMLInputElement).labels!].map((l) => l.textContent.trim()).join(' ');
      expect(name, control.id).not.toBe('');
      const group = control.closest('fieldset')?.querySelector(':scope > legend')?.textContent?.trim();
      expect(group, control.id).toBeTruthy();
    }
    const headings = [...detail.shadowRoot!.querySelectorAll('section')].map(
      (s) => detail.shadowRoot!.getElementById(s.getAttribute('aria-labelledby')!)?.textContent,
    );
    expect(headings).toEqual(['Ties with other people', 'Life events', 'IPT focus']);
  });

  it('makes every checkbox and button at least 24 by 24 CSS pixels, the boxes of whom an event concerns included', async () => {
    const { detail } = await mountDetail(maya.session12, 'leo');
    const targets = [...detail.shadowRoot!.querySelectorAll<HTMLElement>('input[type="checkbox"], button')];
    expect(detail.shadowRoot!.querySelectorAll('fieldset.people input[type="checkbox"]').length).toBeGreaterThan(5);
    for (const target of targets) {
      const box = target.getBoundingClientRect();
      expect(Math.min(box.width, box.height), target.id || target.textContent).toBeGreaterThanOrEqual(24);
    }
  });

  it('takes its texts from the strings property', async () => {
    const { detail } = await mountDetail(maya.intake, 'jonas');
    detail.strings = { ties: 'Bindungen', tieWith: (other) => `Bindung mit ${other}`, recordEventButton: 'Eintragen' };
    await detail.updateComplete;
    const text = detail.shadowRoot!.textContent;
    expect(text).toContain('Bindungen');
    expect(text).toContain('Bindung mit Anneli');
    expect(text).toContain('Eintragen');
  });
});
