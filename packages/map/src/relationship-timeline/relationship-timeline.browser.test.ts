import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { daniel, maya, ruth } from '@relmap/cases';
import { addPerson, createInventory, markDeceased, recordEvent, removeEvent, setFocus, type Inventory } from '@relmap/core';
import { personNode } from '../testing/mount.ts';
import { defaultTimelineStrings as t } from './timeline-strings.ts';
import { cleanupTimeline, mark, mountTimeline, option, settled } from './testing/mount-timeline.ts';
import type { RelationshipTimeline } from './relationship-timeline.ts';

afterEach(cleanupTimeline);

/** Three events in 2024: one known to the year, one to the month, one to the day. */
function precisions(): Inventory {
  let inv = createInventory({ clientLabel: 'Sam' });
  inv = addPerson(inv, { id: 'kim', name: 'Kim Berg', ring: 1 });
  inv = addPerson(inv, { id: 'lou', name: 'Lou Berg', ring: 2 });
  inv = recordEvent(inv, { id: 'year', kind: 'move', date: '2024', people: ['kim'], label: { text: 'Moved', sensitivity: 'shareable' } });
  inv = recordEvent(inv, { id: 'month', kind: 'job', date: '2024-03', people: ['lou'], label: { text: 'New job', sensitivity: 'shareable' } });
  return recordEvent(inv, {
    id: 'day',
    kind: 'symptom-onset',
    date: '2024-03-15',
    people: [],
    label: { text: 'First panic attack', sensitivity: 'shareable' },
  });
}

const rect = (el: Element): DOMRect => el.getBoundingClientRect();
const tickX = (timeline: RelationshipTimeline, text: string): number => {
  const tick = [...timeline.shadowRoot!.querySelectorAll<HTMLElement>('.tick')].find((el) => el.textContent.trim() === text);
  if (!tick) throw new Error(`No tick "${text}".`);
  return rect(tick).left;
};
const keys = (timeline: RelationshipTimeline): string[] =>
  [...timeline.shadowRoot!.querySelectorAll<HTMLElement>('li[role="option"]')].map((li) => li.dataset['key']!);
/** The keys of the life events listed, without the goals' reviews and agreements (T14). */
const eventKeys = (timeline: RelationshipTimeline): string[] => keys(timeline).filter((k) => !/^(review|agreed):/.test(k));
/** The number of marks the goals of an inventory make: each review and each dated agreement (T14). */
const goalMarks = (inv: Inventory): number => Object.values(inv.goals).reduce((n, g) => n + Object.keys(g.reviews).length + (g.agreedOn ? 1 : 0), 0);
/** What an option says: its text, which is its accessible name. */
const said = (el: Element): string => el.textContent.replace(/\s+/g, ' ').trim();
const highlighted = (map: HTMLElement): string[] =>
  [...map.shadowRoot!.querySelectorAll<SVGGElement>('g.person.highlighted')].map((g) => g.dataset['id']!).sort();

describe('<relationship-timeline>: placement', () => {
  it('T1: a year is a bar over the whole year, a month a bar over its month, a day a dot on its day', async () => {
    const { timeline } = await mountTimeline(precisions(), { width: 900 });
    const year = mark(timeline, 'year');
    const month = mark(timeline, 'month');
    const day = mark(timeline, 'day');
    expect([year.dataset['precision'], month.dataset['precision'], day.dataset['precision']]).toEqual(['year', 'month', 'day']);
    const yearBar = rect(year.querySelector('.bar')!);
    const monthBar = rect(month.querySelector('.bar')!);
    const dot = rect(day.querySelector('.dot')!);
    // The ticks are calendar boundaries: a bar begins and ends on them.
    expect(yearBar.left).toBeCloseTo(tickX(timeline, 'Jan 2024'), 0);
    expect(yearBar.right).toBeCloseTo(tickX(timeline, 'Jan 2025'), 0);
    expect(monthBar.left).toBeCloseTo(tickX(timeline, 'Mar'), 0);
    expect(monthBar.right).toBeCloseTo(tickX(timeline, 'Apr'), 0);
    // A day is a point: a dot the same size whatever the scale, centred on the middle of its day.
    expect(dot.width).toBe(12);
    const march = { left: tickX(timeline, 'Mar'), right: tickX(timeline, 'Apr') };
    expect((dot.left + dot.right) / 2).toBeCloseTo(march.left + (14.5 / 31) * (march.right - march.left), 0);
    expect(day.querySelector('.bar')).toBeNull();
  });

  it('T2: events close together stack in lanes, and no mark or label overlaps another', async () => {
    for (const width of [1280, 390]) {
      const { timeline } = await mountTimeline(ruth.session12, { width });
      const marks = [...timeline.shadowRoot!.querySelectorAll<HTMLElement>('.mark')];
      expect(marks.length).toBe(Object.keys(ruth.session12.events).length + goalMarks(ruth.session12));
      const boxes = marks.map((m) => ({ key: m.dataset['key'], box: rect(m), text: rect(m.querySelector('.text')!) }));
      for (const a of boxes) {
        // The label stays within the room its mark took.
        expect(a.text.right).toBeLessThanOrEqual(a.box.right + 0.5);
        for (const b of boxes) {
          if (a === b) continue;
          const apart = a.box.right <= b.box.left || b.box.right <= a.box.left || a.box.bottom <= b.box.top || b.box.bottom <= a.box.top;
          expect(apart, `${a.key} and ${b.key} overlap`).toBe(true);
        }
      }
      // The move and leaving the choir fall in the same month: one lane each.
      expect(rect(mark(timeline, 'moved')).top).not.toBe(rect(mark(timeline, 'left-choir')).top);
      cleanupTimeline();
    }
  });

  it('T3: a long range is marked in years, a short one in months', async () => {
    const long = await mountTimeline(ruth.session12, { width: 1000 });
    const ticks = [...long.timeline.shadowRoot!.querySelectorAll('.tick')].map((el) => el.textContent.trim());
    expect(ticks).toContain('2015');
    expect(ticks).toContain('2026');
    expect(ticks.every((x) => /^\d{4}$/.test(x))).toBe(true);
    cleanupTimeline();
    const short = await mountTimeline(maya.session12, { width: 1000 });
    const months = [...short.timeline.shadowRoot!.querySelectorAll('.tick')].map((el) => el.textContent.trim());
    expect(months).toContain('Nov');
    expect(months).toContain('Jan 2026');
  });

  it('T3: on a phone the axis keeps its scale and scrolls sideways, in a region the keyboard can reach', async () => {
    const { timeline } = await mountTimeline(ruth.session12, { width: 390 });
    const scroller = timeline.shadowRoot!.querySelector<HTMLElement>('.axis-scroll')!;
    expect(scroller.scrollWidth).toBeGreaterThan(scroller.clientWidth);
    expect(scroller.tabIndex).toBe(0);
    // The latest marks are the goals' reviews at session 12 (T14).
    const count = Object.keys(ruth.session12.events).length + goalMarks(ruth.session12);
    expect(scroller.getAttribute('aria-label')).toBe(t.axisDescription('2015', t.dateInWords(ruth.session12Date), count));
  });
});

describe('<relationship-timeline>: what the events are', () => {
  it('T4: the events are a list in reading order, dates in words, with the people each concerns', async () => {
    const { timeline } = await mountTimeline(ruth.session12);
    expect(eventKeys(timeline)).toEqual(['bill-death', 'retirement', 'left-choir', 'moved', 'judith-death']);
    const list = timeline.shadowRoot!.querySelector('[role="listbox"]')!;
    expect(list.getAttribute('aria-labelledby')).toBe(timeline.shadowRoot!.querySelector('.title')!.id);
    const retirement = option(timeline, 'retirement');
    expect(retirement.querySelector('.date')!.textContent).toBe('July 2025');
    expect(said(retirement)).toBe('July 2025. Retirement: Retired after 40 years of teaching. Concerns Margaret, Alan. Primary focus: role transition');
  });

  it('T5: the events of the focus are marked, the primary focus more strongly, and said', async () => {
    const { timeline } = await mountTimeline(ruth.session12);
    for (const key of ['retirement', 'moved', 'left-choir']) {
      expect(mark(timeline, key).classList.contains('focus-primary')).toBe(true);
      expect(option(timeline, key).querySelector('.badge.focus')!.textContent).toBe('Primary focus: role transition');
    }
    expect(mark(timeline, 'judith-death').classList.contains('focus-focus')).toBe(true);
    expect(option(timeline, 'judith-death').querySelector('.badge.focus')!.textContent).toBe('Focus: grief');
    expect(mark(timeline, 'bill-death').className).not.toMatch(/focus-/);
    expect(option(timeline, 'bill-death').querySelector('.badge')).toBeNull();
    // Strength shows in the drawing, not in colour alone: the primary focus is solid, another focus dashed.
    const style = (key: string): CSSStyleDeclaration => getComputedStyle(mark(timeline, key).querySelector('.bar')!);
    expect(style('retirement').borderTopStyle).toBe('solid');
    expect(style('judith-death').borderTopStyle).toBe('dashed');
  });

  it('T6: onset of symptoms is a band across the axis, and deaths are marked, those known only from the person too', async () => {
    const { timeline } = await mountTimeline(precisions());
    const band = timeline.shadowRoot!.querySelector<HTMLElement>('.onset-band[data-key="day"]')!;
    expect(rect(band).height).toBeGreaterThan(rect(mark(timeline, 'day')).height);
    cleanupTimeline();
    // Bill's death without its event: the timeline takes it from Bill's date of death, once.
    const inv = removeEvent(ruth.session12, { id: 'bill-death' });
    const second = await mountTimeline(inv);
    const bill = mark(second.timeline, 'died:bill');
    expect(bill.textContent.trim()).toBe('† Death of Bill');
    expect(said(option(second.timeline, 'died:bill'))).toBe('2015. Death. Concerns Bill');
    // Judith's death is recorded as an event: not shown twice.
    expect(eventKeys(second.timeline).filter((k) => k.includes('judith'))).toEqual(['judith-death']);
  });
});

describe('<relationship-timeline>: with the map', () => {
  it('T7: selecting an event marks its people on the map; selecting it again takes the marks back', async () => {
    const { map, timeline } = await mountTimeline(daniel.session12);
    await userEvent.click(option(timeline, 'stopped-band'));
    await settled(map, timeline);
    expect(option(timeline, 'stopped-band').getAttribute('aria-selected')).toBe('true');
    expect([...map.highlight].sort()).toEqual(['band', 'pete']);
    expect(highlighted(map)).toEqual(['band', 'pete']);
    // A click on the mark on the axis selects too.
    await userEvent.click(mark(timeline, 'helen-death'));
    await settled(map, timeline);
    expect(map.highlight).toEqual(['helen']);
    expect(timeline.shadowRoot!.querySelectorAll('[aria-selected="true"]')).toHaveLength(1);
    await userEvent.click(option(timeline, 'helen-death'));
    await settled(map, timeline);
    expect(map.highlight).toEqual([]);
    expect(option(timeline, 'helen-death').getAttribute('aria-selected')).toBe('false');
  });

  it('T7: unselecting leaves alone a highlight the host set since', async () => {
    const { map, timeline } = await mountTimeline(daniel.session12);
    await userEvent.click(option(timeline, 'helen-death'));
    map.highlight = ['emma'];
    await settled(map, timeline);
    await userEvent.click(option(timeline, 'helen-death'));
    await settled(map, timeline);
    expect(map.highlight).toEqual(['emma']);
  });

  it('T8: selecting a person on the map marks their events, on the axis and in words', async () => {
    const { map, timeline } = await mountTimeline(daniel.session12);
    await userEvent.click(personNode(map, 'pete').querySelector('.symbol')!);
    await settled(map, timeline);
    expect(map.selection).toEqual(['pete']);
    expect(mark(timeline, 'stopped-band').classList.contains('related')).toBe(true);
    expect(said(option(timeline, 'stopped-band'))).toContain(t.concernsSelected);
    expect(mark(timeline, 'helen-death').classList.contains('related')).toBe(false);
    map.selection = ['helen'];
    await settled(map, timeline);
    expect(mark(timeline, 'helen-death').classList.contains('related')).toBe(true);
    expect(mark(timeline, 'stopped-band').classList.contains('related')).toBe(false);
  });

  it('T9: one tab stop; arrows, Home and End move between events; Enter and Space select; Escape unselects', async () => {
    // Life events only: the goals' reviews would come last (T14).
    const { map, timeline } = await mountTimeline({ ...ruth.session12, goals: {} }, { width: 390 });
    const root = timeline.shadowRoot!;
    expect(root.querySelectorAll('li[tabindex="0"]')).toHaveLength(1);
    option(timeline, 'bill-death').focus();
    await userEvent.keyboard('{ArrowDown}');
    await settled(timeline);
    expect(root.activeElement).toBe(option(timeline, 'retirement'));
    await userEvent.keyboard('{End}');
    await settled(timeline);
    expect(root.activeElement).toBe(option(timeline, 'judith-death'));
    // The axis scrolled sideways to the active event's mark.
    const scroller = root.querySelector<HTMLElement>('.axis-scroll')!;
    const shown = rect(scroller);
    const judith = rect(mark(timeline, 'judith-death'));
    expect(judith.left).toBeGreaterThanOrEqual(shown.left - 1);
    expect(judith.right).toBeLessThanOrEqual(shown.right + 1);
    expect(mark(timeline, 'judith-death').classList.contains('active')).toBe(true);
    await userEvent.keyboard('{Enter}');
    await settled(map, timeline);
    expect([...map.highlight].sort()).toEqual(['anne', 'judith']);
    await userEvent.keyboard('{ArrowLeft}{Home} ');
    await settled(map, timeline);
    expect(root.activeElement).toBe(option(timeline, 'bill-death'));
    expect(map.highlight).toEqual(['bill']);
    expect(root.querySelectorAll('li[tabindex="0"]')).toHaveLength(1);
    await userEvent.keyboard('{Escape}');
    await settled(map, timeline);
    expect(map.highlight).toEqual([]);
    expect(root.querySelectorAll('[aria-selected="true"]')).toHaveLength(0);
  });

  it('T13: follows the map: an edit, a new inventory, a removed event; blanking the map blanks it', async () => {
    const { map, timeline } = await mountTimeline(daniel.session12);
    await userEvent.click(option(timeline, 'helen-death'));
    map.dispatch({ name: 'removeEvent', args: { id: 'helen-death' } });
    await settled(map, timeline);
    expect(keys(timeline)).not.toContain('helen-death');
    // The event is gone: so are its marks on the map.
    expect(map.highlight).toEqual([]);
    map.inventory = maya.session12;
    await settled(map, timeline);
    expect(eventKeys(timeline)).toEqual(['less-contact-sara', 'left-parents-group', 'return-to-work']);
    map.blanked = true;
    await settled(map, timeline);
    expect(timeline.shadowRoot!.textContent.trim()).toBe(t.blanked);
    map.blanked = false;
    await settled(map, timeline);
    expect(eventKeys(timeline)).toHaveLength(3);
  });
});

describe('<relationship-timeline>: few events', () => {
  it('T11: an empty inventory shows a deliberate empty state that says how to add events', async () => {
    const { timeline } = await mountTimeline(createInventory({ clientLabel: 'Sam' }));
    const empty = timeline.shadowRoot!.querySelector('[part="empty"]')!;
    expect(empty.textContent).toContain(t.empty);
    expect(empty.textContent).toContain(t.emptyHint);
    expect(timeline.shadowRoot!.querySelector('[role="listbox"]')).toBeNull();
  });

  it('T11: a single event is centred on an axis with room around it', async () => {
    for (const date of ['2024', '2024-06', '2024-06-15']) {
      let inv = addPerson(createInventory({ clientLabel: 'Sam' }), { id: 'kim', name: 'Kim', ring: 1 });
      inv = recordEvent(inv, { id: 'one', kind: 'move', date, people: ['kim'], label: { text: 'Moved', sensitivity: 'shareable' } });
      const { timeline } = await mountTimeline(inv, { width: 800 });
      const axis = rect(timeline.shadowRoot!.querySelector('.axis')!);
      const shape = rect(mark(timeline, 'one').querySelector('.bar, .dot')!);
      expect((shape.left + shape.right) / 2).toBeCloseTo((axis.left + axis.right) / 2, 0);
      expect(shape.width).toBeLessThan(axis.width / 2);
      expect(timeline.shadowRoot!.querySelectorAll('.tick').length).toBeGreaterThanOrEqual(2);
      cleanupTimeline();
    }
  });

  it('T11: an event without a date is listed, after the dated ones, and said to be only in the list', async () => {
    let inv = recordEvent(daniel.session12, { id: 'undated', kind: 'other', people: ['emma'], label: { text: 'Started painting', sensitivity: 'shareable' } });
    inv = setFocus(inv, { area: 'grief', primary: true, people: ['helen'], events: ['helen-death'] });
    const { timeline } = await mountTimeline(inv);
    expect(keys(timeline).at(-1)).toBe('undated');
    expect(option(timeline, 'undated').querySelector('.date')!.textContent).toBe(t.undated);
    expect(timeline.shadowRoot!.querySelector('.mark[data-key="undated"]')).toBeNull();
    expect(timeline.shadowRoot!.textContent).toContain(t.undatedNote(1));
  });

  it('T12: binds through the map property as well as through for, and says when it is bound to nothing', async () => {
    const timeline = document.createElement('relationship-timeline');
    document.body.append(timeline);
    await timeline.updateComplete;
    expect(timeline.shadowRoot!.textContent.trim()).toBe(t.unbound);
    const { map } = await mountTimeline(markDeceased(daniel.session12, { id: 'pete', died: '2025-06' }));
    timeline.map = map;
    await settled(map, timeline);
    expect(keys(timeline)).toContain('died:pete');
  });
});
