import type { Id, Inventory } from '@relmap/core';
import { initialsOf, type LabelMode } from '../labels.ts';
import { labelFor, labelledText, labelModeFor } from '../presenting-policy.ts';
import { defaultStrings } from '../strings.ts';
import { dateLine } from '../relationship-map/date-line.ts';
import type { RelationshipMap } from '../relationship-map/relationship-map.ts';
import { defaultHandoutStrings, type HandoutStrings } from './handout-strings.ts';
import { focusInWords, primaryFocus } from './handout-focus.ts';
import { renderHandout } from './render-handout.ts';

/** What `createHandout` may be told. */
export interface HandoutOptions {
  /**
   * `client` (the default): what a shared screen may show, by the presenting policy: labels in the map's
   * `label-mode` (initials unless the host chose another), no note of any kind. `full`: names, and the primary
   * focus's formulation note and roles, for a client who is to have them; the therapist chooses it explicitly.
   */
  readonly version?: 'client' | 'full';
  /**
   * The label mode of the client version, for a host whose shared screen uses another than its map (a therapist's
   * map not presenting). Default: the map's `label-mode`, else initials. The full version always shows names.
   */
  readonly labelMode?: LabelMode;
  /**
   * The treatment goals, in the words to show. Default: the inventory's agreed goals, shareable wordings only in the
   * client version (with the people they name by the handout's label mode), every agreed wording in the full one. An
   * empty list leaves lines to write them on.
   */
  readonly goals?: readonly string[];
  /** The date line: a `Date` in the page's language, or a string as given. Default: the map's `now`, else today. */
  readonly date?: string | Date;
  /** Replaces any of the handout's texts. */
  readonly strings?: Partial<HandoutStrings>;
}

/** The client as a handout in a label mode shows them: their initials in `initials` mode, else their label. */
export function clientLabelFor(label: string, mode: LabelMode): string {
  return mode === 'initials' ? initialsOf(label) : label;
}

/** The wordings of the agreed goals, oldest agreement first: shareable ones only, unless `full`. */
export function agreedGoals(inventory: Inventory, full: boolean): string[] {
  return Object.values(inventory.goals)
    .filter((g) => g.agreed && g.wording.text.trim() !== '' && (full || g.wording.sensitivity === 'shareable'))
    .sort((a, b) => (a.agreedOn ?? '').localeCompare(b.agreedOn ?? '') || a.id.localeCompare(b.id))
    .map((g) => g.wording.text);
}

const nextFrame = (view: Window): Promise<void> => new Promise((resolve) => view.requestAnimationFrame(() => resolve()));

/**
 * A one-page handout the client can take home, as a standalone printable HTML document (A4 or Letter, with a print
 * stylesheet, no script): the map and its legend, the client's label and the date, the primary focus in plain words
 * ("We are working on: grief after the death of H."), and the treatment goals given. The map is drawn afresh off
 * screen by a copy of `map` in presenting mode (rule V36), so the default version holds nothing a shared screen
 * would not: no note, no full name unless the map's `label-mode` is `name`. `version: 'full'` draws names and adds
 * the formulation note.
 */
export async function createHandout(map: RelationshipMap, options: HandoutOptions = {}): Promise<string> {
  const doc = map.ownerDocument;
  const view = doc.defaultView;
  if (!view) throw new Error('The map is not in a window, so it cannot draw a handout.');
  const full = options.version === 'full';
  const strings = { ...defaultHandoutStrings, ...options.strings };
  const mode: LabelMode = full ? 'name' : labelModeFor(options.labelMode ?? map.labelMode, true);
  const inv = map.inventory;
  const text = { ...defaultStrings, ...map.strings };

  const copy = new (map.constructor as typeof RelationshipMap)();
  // Off screen, out of the accessibility tree and of the tab order, at a size that prints well.
  copy.setAttribute('aria-hidden', 'true');
  copy.inert = true;
  for (const [k, v] of Object.entries({ position: 'fixed', left: '-20000px', top: '0', width: '900px', height: '900px', 'pointer-events': 'none' }))
    copy.style.setProperty(k, v);
  // Its events are its own: a host listening on the document must not take them for the map's.
  for (const type of ['relmap-change', 'relmap-select', 'relmap-settle', 'relmap-blank', 'relmap-error'])
    copy.addEventListener(type, (e) => e.stopPropagation());
  copy.readonly = true;
  copy.presenting = !full;
  copy.labelMode = mode;
  copy.strings = map.strings;
  copy.formulation = map.formulation;
  copy.legend = 'open';
  if (map.now) copy.now = map.now;
  copy.inventory = inv;
  doc.body.append(copy);
  try {
    copy.settle();
    await copy.updateComplete;
    copy.fit();
    // Labels are placed in a frame after the drawing is painted.
    await nextFrame(view);
    await copy.updateComplete;
    await nextFrame(view);
    const client = clientLabelFor(inv.client.label, mode);
    const svg = await copy.toSVG({ legend: true });
    const label = (id: Id): string => labelFor(inv.people, inv.people[id]!, mode, text);
    const focus = primaryFocus(inv);
    const lang = map.closest('[lang]')?.getAttribute('lang') || doc.documentElement.lang || 'en';
    return renderHandout({
      lang,
      client,
      date: dateLine(options.date ?? map.now ?? new view.Date(), lang),
      svg,
      focus: focusInWords(inv, label, strings, full),
      // A goal's wording names people as the rest of the page does: by the handout's label mode.
      goals: options.goals ?? agreedGoals(inv, full).map((text) => (mode === 'name' ? text : labelledText(text, inv.people, (p) => label(p.id)))),
      ...(full && focus?.note?.text ? { note: focus.note.text } : {}),
      full,
      strings,
    });
  } finally {
    copy.remove();
  }
}
