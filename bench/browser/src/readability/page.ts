// The readability benchmark's page: the real <relationship-map> at Fit in a 1280 x 720 element, measured by the
// same function the browser tests use.
import '../../../../packages/map/src/define.ts';
import { cases } from '@relmap/cases';
import type { Inventory } from '@relmap/core';
import { measureReadability } from '../../../../packages/map/src/testing/readability.ts';
import { largeInventories } from '../../../../packages/layout/src/testing/inventories.ts';

const large = largeInventories();
const subjects: Record<string, Inventory> = {
  ...Object.fromEntries(cases.map((c) => [`${c.id} (session 12)`, c.session12])),
  '60 people, 5 groups, 4 rings': large.people60,
  '150 people, 5 groups, 4 rings': large.people150,
};

const frame = (): Promise<void> => new Promise((ok) => requestAnimationFrame(() => ok()));

async function run(name: string, mode: 'editing' | 'presenting', width = 1280, height = 720): Promise<unknown> {
  document.body.replaceChildren();
  const map = document.createElement('relationship-map');
  map.style.width = `${width}px`;
  map.style.height = `${height}px`;
  if (mode === 'presenting') {
    map.presenting = true;
    map.labelMode = 'name';
  }
  document.body.append(map);
  map.inventory = subjects[name]!;
  map.settle();
  await map.updateComplete;
  await frame();
  map.fit();
  await map.updateComplete;
  await frame();
  await frame();
  return { name, mode, ...measureReadability(map) };
}

Object.assign(window, { readability: { subjects: Object.keys(subjects), run } });
