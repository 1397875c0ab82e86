import { afterEach, describe, expect, it } from 'vitest';
import { maya } from '@relmap/cases';
import { takeSnapshot } from '@relmap/core';
import '../define.ts';

afterEach(() => {
  for (const el of document.querySelectorAll('relationship-compare')) el.remove();
});

describe('<relationship-compare> in another language', () => {
  it('says its changes, caption, list name and maps through `strings`, leaving out nothing in English it was given', async () => {
    const el = document.createElement('relationship-compare');
    el.earlier = takeSnapshot(maya.intake, { label: 'Aufnahme', takenAt: '2026-01-01T10:00:00Z' });
    el.later = takeSnapshot(maya.session12, { label: 'Sitzung 12', takenAt: '2026-04-01T10:00:00Z' });
    el.strings = {
      changesLabel: (a, b) => `Änderungen von ${a} zu ${b}`,
      changesCaption: (a, b) => `${a} bis ${b}`,
      sentences: {
        moved: (label, from, to, direction) => `${label} ist von Ring ${from} zu Ring ${to} gezogen (${direction === 'inward' ? 'nach innen' : 'nach außen'}).`,
        added: (label) => `Neu: ${label}.`,
        conflictWithClient: (label, _direction, from, to) => `Konflikt mit ${label}: ${from} → ${to}.`,
        conflict: { none: 'keiner', low: 'gering', high: 'hoch', hostile: 'feindselig', cutoff: 'Kontaktabbruch' },
      },
      map: { legendTitle: 'Legende' },
    };
    document.body.append(el);
    await el.updateComplete;
    const root = el.shadowRoot!;
    const items = [...root.querySelectorAll('[part="changes"] li')].map((li) => li.textContent);
    expect(items.some((s) => /ist von Ring \d zu Ring \d gezogen \(nach (innen|außen)\)\./.test(s))).toBe(true);
    expect(items.some((s) => s.startsWith('Neu: '))).toBe(true);
    expect(items.filter((s) => s.startsWith('Konflikt mit ')).every((s) => !/\b(none|low|high|hostile)\b/.test(s))).toBe(true);
    expect(items.some((s) => /moved from ring|^Added:/.test(s))).toBe(false);
    expect(root.querySelector('section')!.getAttribute('aria-label')).toBe('Änderungen von Aufnahme zu Sitzung 12');
    expect(root.querySelector('figcaption')!.textContent).toBe('Aufnahme bis Sitzung 12');
    const map = root.querySelector('relationship-map')!;
    await map.updateComplete;
    expect(map.shadowRoot!.querySelector('[part~="legend-toggle"]')!.textContent.trim()).toBe('Legende');
  });

  it('says "no changes" from strings when the snapshots are the same', async () => {
    const el = document.createElement('relationship-compare');
    el.earlier = takeSnapshot(maya.intake, { label: 'A', takenAt: '2026-01-01T10:00:00Z' });
    el.later = takeSnapshot(maya.intake, { label: 'B', takenAt: '2026-01-02T10:00:00Z' });
    el.strings = { noChanges: 'Keine Änderungen.' };
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.none')!.textContent).toBe('Keine Änderungen.');
  });
});
