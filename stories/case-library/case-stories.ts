import { html, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import type { TeachingCase } from '@relmap/cases';
import '@relmap/map/relationship-timeline';
import '@relmap/map/relationship-goals';
import { defaultStrings, formulationSummary, idOfDomKey, presentingPolicy } from '@relmap/map';
import { defaultMapArgs, mapArgTypes, readyMap, renderMap, type MapArgs } from '../support/map-story.ts';
import { expectLegible } from '../support/map-checks.ts';
import { summarizeChanges, TAG_LABELS } from './change-list.ts';

/** A story of the case library. */
export type CaseStory = StoryObj<MapArgs>;

/** What every story of one case shares: the element, its controls, and the case summary as the description. */
export function caseMeta(c: TeachingCase): Omit<Meta<MapArgs>, 'title'> {
  return {
    component: 'relationship-map',
    argTypes: mapArgTypes,
    args: { ...defaultMapArgs, inventory: c.intake },
    parameters: { docs: { description: { component: c.summary } } },
  };
}

function caption(c: TeachingCase, when: string, date: string): TemplateResult {
  return html`<header class="case-caption">
    <h2>${c.title}</h2>
    <p class="case-when">${when}, ${date} (fictional case)</p>
    <p class="case-summary">${c.summary}</p>
  </header>`;
}

/** One snapshot of a case, captioned, with a check that every person is drawn legibly. */
function snapshotStory(c: TeachingCase, when: 'intake' | 'session12'): CaseStory {
  const label = when === 'intake' ? 'Intake' : 'Session 12';
  const date = when === 'intake' ? c.intakeDate : c.session12Date;
  return {
    args: { inventory: c[when] },
    parameters: { docs: { description: { story: `${c.title} at ${label.toLowerCase()} (${date}).` } } },
    render: (args) => html`<article class="case">${caption(c, label, date)}${renderMap(args)}</article>`,
    play: async ({ canvasElement, args }) => {
      const map = await readyMap(canvasElement);
      await expectLegible(map, args.inventory);
    },
  };
}

/** The case as the client described it at intake. */
export function intakeStory(c: TeachingCase): CaseStory {
  return snapshotStory(c, 'intake');
}

/** The case near the end of treatment. */
export function session12Story(c: TeachingCase): CaseStory {
  return snapshotStory(c, 'session12');
}

/** Session 12 in the dark theme, on a dark page. */
export function darkStory(c: TeachingCase): CaseStory {
  const story = snapshotStory(c, 'session12');
  return {
    ...story,
    args: { ...story.args, theme: 'dark' },
    parameters: { ...story.parameters, layout: 'fullscreen' },
    render: (args) => html`<div class="story-dark">${story.render!(args, undefined as never)}</div>`,
  };
}

/** Session 12 presenting on a shared screen: initials inside each symbol, larger type. */
export function presentingStory(c: TeachingCase): CaseStory {
  const story = snapshotStory(c, 'session12');
  return { ...story, args: { ...story.args, presenting: true } };
}

/** Session 12 with people gathered in sectors (family, friends, work, services), dividers and sector names drawn. */
export function sectorsStory(c: TeachingCase): CaseStory {
  const inventory = { ...c.session12, settings: { ...c.session12.settings, sectors: true } };
  const story = snapshotStory(c, 'session12');
  return {
    ...story,
    args: { inventory },
    play: async ({ canvasElement }) => {
      const map = await readyMap(canvasElement);
      await expectLegible(map, inventory);
      await expect(map.shadowRoot!.querySelectorAll('.sector-label').length).toBeGreaterThan(1);
    },
  };
}

/**
 * Intake and session 12 side by side, read-only, with the people who changed highlighted (removed people in the
 * intake map, everyone else in the session-12 map) and the changes listed in words under the maps. On a canvas too
 * narrow for two legible maps, the maps stack.
 */
export function sideBySideStory(c: TeachingCase): CaseStory {
  const changes = summarizeChanges(c.intake, c.session12);
  return {
    args: { readonly: true, height: 680 },
    argTypes: { readonly: { control: false }, inventory: { table: { disable: true } } },
    parameters: {
      docs: {
        description: {
          story:
            'Highlighted people changed between intake and session 12; the list says how. Session 12 is laid out from the intake map (its `layoutFrom`), so only people whose data changed move. The maps stand side by side on a wide canvas and one above the other on a narrow one.',
        },
      },
    },
    render: (args) => html`<article class="case case-compare">
      <header class="case-caption">
        <h2>${c.title}</h2>
        <p class="case-summary">${c.summary}</p>
      </header>
      <div class="compare-maps">
        <section aria-label="Intake">
          <h3>Intake <span class="case-when">${c.intakeDate}</span></h3>
          ${renderMap({ ...args, readonly: true, inventory: c.intake, highlight: changes.earlier })}
        </section>
        <section aria-label="Session 12">
          <h3>Session 12 <span class="case-when">${c.session12Date}</span></h3>
          ${renderMap({ ...args, readonly: true, inventory: c.session12, highlight: changes.later, layoutFrom: c.intake })}
        </section>
      </div>
      <section class="change-list" aria-label="Changes from intake to session 12">
        <h3>What changed</h3>
        ${
          changes.items.length === 0
            ? html`<p>No changes in people, rings, conflict or support.</p>`
            : html`<ul>
              ${changes.items.map((item) => html`<li data-tag=${item.tag}><span class="change-tag">${TAG_LABELS[item.tag]}</span> ${item.sentence}</li>`)}
            </ul>`
        }
      </section>
    </article>`,
    play: async ({ canvasElement }) => {
      const earlier = await readyMap(canvasElement, 'section[aria-label="Intake"] relationship-map');
      const later = await readyMap(canvasElement, 'section[aria-label="Session 12"] relationship-map');
      await expectLegible(earlier, c.intake);
      await expectLegible(later, c.session12);
      const highlighted = (map: HTMLElement): string[] =>
        [...map.shadowRoot!.querySelectorAll<SVGGElement>('g.person.highlighted')].map((g) => g.dataset.id!).sort();
      await expect(highlighted(later)).toEqual([...changes.later].sort());
      await expect(highlighted(earlier)).toEqual([...changes.earlier].sort());
      await expect(canvasElement.querySelectorAll('.change-list li')).toHaveLength(changes.items.length);
    },
  };
}

/**
 * Session 12 with its life events on a `<relationship-timeline>` under the map, bound to it with `for`: select an
 * event (click, or Enter in the list) and its people are highlighted on the map; select a person on the map and
 * their events are marked on the timeline.
 */
export function timelineStory(c: TeachingCase): CaseStory {
  const id = `timeline-map-${c.id}`;
  return {
    args: { inventory: c.session12, height: 480 },
    parameters: { docs: { description: { story: `${c.title}: the life events of session 12 on a time axis, bound to the map.` } } },
    render: (args) => html`<article class="case">
      ${caption(c, 'Session 12', c.session12Date)}
      <relationship-map
        id=${id}
        style="height: ${args.height ?? 480}px"
        .inventory=${args.inventory}
        ?readonly=${args.readonly}
        ?presenting=${args.presenting}
        theme=${args.theme}
      ></relationship-map>
      <relationship-timeline for=${id} theme=${args.theme}></relationship-timeline>
    </article>`,
    play: async ({ canvasElement, args }) => {
      const map = await readyMap(canvasElement);
      const timeline = canvasElement.querySelector('relationship-timeline')!;
      await timeline.updateComplete;
      const options = [...timeline.shadowRoot!.querySelectorAll<HTMLElement>('li[role="option"]')];
      await expect(options.length).toBeGreaterThanOrEqual(Object.keys(args.inventory.events).length);
      options[0]!.click();
      await timeline.updateComplete;
      const event = args.inventory.events[idOfDomKey(options[0]!.dataset['key']!)];
      if (event) await expect([...map.highlight].sort()).toEqual([...event.people].sort());
    },
  };
}

/**
 * Session 12 with its treatment goals on a `<relationship-goals>` beside the map, bound to it with `for`: each goal
 * with its agreement, focus, people, latest progress and reviews; "Edit" opens its controls, and every edit is one
 * undoable step of the map. Presenting (the control) shows the goals as the client may see them.
 */
export function goalsStory(c: TeachingCase): CaseStory {
  const id = `goals-map-${c.id}`;
  return {
    args: { inventory: c.session12, height: 480 },
    parameters: {
      docs: { description: { story: `${c.title}: the treatment goals agreed with the client and their reviews at session 12, bound to the map.` } },
    },
    render: (args) => html`<article class="case">
      ${caption(c, 'Session 12', c.session12Date)}
      <relationship-map
        id=${id}
        style="height: ${args.height ?? 480}px"
        .inventory=${args.inventory}
        ?readonly=${args.readonly}
        ?presenting=${args.presenting}
        theme=${args.theme}
      ></relationship-map>
      <relationship-goals for=${id} theme=${args.theme}></relationship-goals>
    </article>`,
    play: async ({ canvasElement, args }) => {
      await readyMap(canvasElement);
      const goals = canvasElement.querySelector('relationship-goals')!;
      await goals.updateComplete;
      const items = [...goals.shadowRoot!.querySelectorAll<HTMLElement>('li.goal')];
      await expect(items.map((li) => li.dataset['goal'])).toEqual(Object.keys(args.inventory.goals));
      for (const li of items) await expect(li.querySelector('.latest')!.textContent.trim()).not.toBe('');
    },
  };
}

/**
 * The formulation on one shared screen, as a therapist shows it in a live session: what they and the client are
 * working on in plain words, the primary focus's people highlighted on the presenting map, the life events on the
 * timeline with the focus's marked, and the agreed goals, all under the presenting policy (no name, no note).
 */
export function formulationStory(c: TeachingCase): CaseStory {
  const id = `formulation-map-${c.id}`;
  return {
    args: { inventory: c.session12, height: 460, presenting: true },
    parameters: {
      docs: {
        description: { story: `${c.title}: the formulation at session 12 on one shared screen: the focus, its people, its events and the agreed goals.` },
      },
    },
    render: (args) => {
      const policy = presentingPolicy(args.inventory.people, args['label-mode'], args.presenting ?? true, defaultStrings);
      const summary = formulationSummary(args.inventory, policy);
      return html`<article class="case formulation">
        ${caption(c, 'Session 12, the formulation', c.session12Date)}
        <section class="formulation-summary" aria-label="What we are working on">
          <h3>We are working on</h3>
          <p class="focus-words">${summary.primary}</p>
          ${summary.also ? html`<p>${summary.also}</p>` : ''}
          <h3>Our goals</h3>
          <ul class="goal-words">${summary.goals.map((g) => html`<li>${g}</li>`)}</ul>
        </section>
        <relationship-map
          id=${id}
          style="height: ${args.height ?? 460}px"
          .inventory=${args.inventory}
          .highlight=${summary.people}
          .now=${new Date(`${c.session12Date}T12:00:00`)}
          readonly
          ?presenting=${args.presenting ?? true}
          label-mode=${args['label-mode'] ?? 'initials'}
          theme=${args.theme}
        ></relationship-map>
        <relationship-timeline for=${id} theme=${args.theme}></relationship-timeline>
      </article>`;
    },
    play: async ({ canvasElement, args }) => {
      const map = await readyMap(canvasElement);
      const timeline = canvasElement.querySelector('relationship-timeline')!;
      await timeline.updateComplete;
      const focus = Object.values(args.inventory.focus).find((f) => f.primary);
      await expect([...map.highlight].sort()).toEqual([...(focus?.people ?? [])].sort());
      await expect(canvasElement.querySelector('.focus-words')!.textContent).not.toBe('');
      await expect(canvasElement.querySelectorAll('.goal-words li').length).toBeGreaterThan(0);
      // Nothing of a name in full on the shared screen: the summary, the map and the timeline.
      const shown = [canvasElement.querySelector('.formulation-summary')!.textContent, map.shadowRoot!.textContent, timeline.shadowRoot!.textContent].join(' ');
      for (const person of Object.values(args.inventory.people))
        if (person.name.length > 2) await expect(shown).not.toMatch(new RegExp(`\\b${person.name}\\b`));
    },
  };
}
