import { addPerson, createInventory, linkPeople, recordEvent, setFocus, setRingLabel, type Inventory } from '@relmap/core';

/** The name of the global function every payload calls if it ever runs. */
export const CANARY = '__relmapInjected';

/**
 * Script and markup payloads, each of which calls `window.__relmapInjected` if a browser ever runs it: tags,
 * event-handler attributes, attribute break-outs, `javascript:` URLs, SVG-specific vectors, template syntax and
 * entity tricks. All are at most 200 characters, the label limit.
 */
export const PAYLOADS: readonly string[] = [
  `<script>${CANARY}('script')</script>`,
  `<img src=x onerror="${CANARY}('img')">`,
  `<svg onload="${CANARY}('svg')"></svg>`,
  `"><img src=x onerror=${CANARY}('attr-break')>`,
  `'><script>${CANARY}('quote-break')</script>`,
  `javascript:${CANARY}('js-url')`,
  `</text><foreignObject><img src=x onerror="${CANARY}('foreign')"></foreignObject>`,
  `<a href="javascript:${CANARY}('link')">click</a>`,
  `<iframe srcdoc="<script>parent.${CANARY}('iframe')</script>"></iframe>`,
  `<style>@import 'https://example.invalid/x.css';</style>`,
  `<![CDATA[<script>${CANARY}('cdata')</script>]]>`,
  `&lt;img src=x onerror=${CANARY}('entity')&gt; &amp; &#60;b&#62;`,
  `\${${CANARY}('template-literal')}`,
  `{{constructor.constructor('${CANARY}("template")')()}}`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${CANARY}('mxss')>`,
  `\u202e<b>reversed</b>\u0000<u>nul</u>`,
];

/** Initials hold at most four characters: the markup that fits. */
const SHORT = ['<b>', '"<>', "'&<", '<i/>'];

/**
 * An inventory with a payload in every free-text field the map can show: the client label, every ring label,
 * each person's name, alias, initials and role, their notes, tie labels, event labels and focus texts.
 */
export function injectionInventory(): Inventory {
  let inv = createInventory({ clientLabel: PAYLOADS[0]!, rings: 5 });
  for (let ring = 1; ring <= 5; ring++) inv = setRingLabel(inv, { ring, label: PAYLOADS[ring]! });
  const ids: string[] = [];
  PAYLOADS.forEach((payload, i) => {
    const id = `p${i}`;
    ids.push(id);
    inv = addPerson(inv, {
      id,
      name: payload,
      alias: PAYLOADS[(i + 1) % PAYLOADS.length]!,
      initials: SHORT[i % SHORT.length]!,
      role: PAYLOADS[(i + 2) % PAYLOADS.length]!,
      ring: (i % 5) + 1,
      category: 'friend',
      notes: { text: payload, sensitivity: i % 2 === 0 ? 'shareable' : 'private' },
      tie: { conflict: i % 3 === 0 ? 'high' : 'none', satisfying: { text: payload, sensitivity: 'shareable' } },
    });
  });
  for (let i = 1; i < ids.length; i += 2) {
    inv = linkPeople(inv, { id: `t${i}`, a: ids[i - 1]!, b: ids[i]!, label: { text: PAYLOADS[i]!, sensitivity: 'shareable' } });
  }
  PAYLOADS.slice(0, 4).forEach((payload, i) => {
    inv = recordEvent(inv, { id: `e${i}`, kind: 'other', label: { text: payload, sensitivity: 'shareable' }, people: [ids[i]!] });
  });
  inv = setFocus(inv, {
    area: 'role-transition',
    primary: true,
    people: [ids[0]!],
    transitionFrom: PAYLOADS[6]!,
    transitionTo: PAYLOADS[7]!,
    note: { text: PAYLOADS[8]!, sensitivity: 'shareable' },
  });
  return inv;
}
