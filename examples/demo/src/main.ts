import '@relmap/map';
import '@relmap/map/relationship-timeline';
import '@relmap/map/relationship-goals';
import { cases, getCase } from '@relmap/cases';
import { serializeInventory } from '@relmap/core';
import type { LabelMode, RelationshipMap } from '@relmap/map';

const map = document.querySelector<RelationshipMap>('#map')!;
const table = document.querySelector('relationship-table')!;
const timeline = document.querySelector('relationship-timeline')!;
const goals = document.querySelector('relationship-goals')!;
const caseSelect = document.querySelector<HTMLSelectElement>('#case')!;
const when = document.querySelector<HTMLSelectElement>('#when')!;
const log = document.querySelector<HTMLOListElement>('#log')!;
const params = new URLSearchParams(location.search);

for (const c of cases) caseSelect.add(new Option(c.title, c.id));
caseSelect.value = params.get('case') ?? cases[0]!.id;
when.value = params.get('when') === 'session12' ? 'session12' : 'intake';

function load(): void {
  const teaching = getCase(caseSelect.value);
  const inventory = when.value === 'session12' ? teaching.session12 : teaching.intake;
  // ?sectors=1 shows the case with people gathered in sectors (family, friends, work, services).
  map.inventory = params.has('sectors') ? { ...inventory, settings: { ...inventory.settings, sectors: true } } : inventory;
}

function note(text: string): void {
  const item = document.createElement('li');
  item.textContent = text;
  log.prepend(item);
}

function download(name: string, type: string, text: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = name;
  a.click();
  URL.revokeObjectURL(a.href);
}

caseSelect.addEventListener('change', load);
when.addEventListener('change', load);
document.querySelector('#label-mode')!.addEventListener('change', (e) => {
  const value = (e.target as HTMLSelectElement).value;
  map.labelMode = value ? (value as LabelMode) : undefined;
});
document.querySelector('#presenting')!.addEventListener('change', (e) => (map.presenting = (e.target as HTMLInputElement).checked));
document.querySelector('#readonly')!.addEventListener('change', (e) => (map.readonly = (e.target as HTMLInputElement).checked));
document.querySelector('#dark')!.addEventListener('change', (e) => {
  map.theme = (e.target as HTMLInputElement).checked ? 'dark' : 'light';
  table.theme = map.theme;
  timeline.theme = map.theme;
  goals.theme = map.theme;
  document.documentElement.style.background = map.theme === 'dark' ? '#0d1117' : '';
});
document.querySelector('#export-svg')!.addEventListener('click', () => void map.toSVG().then((svg) => download('relationship-map.svg', 'image/svg+xml', svg)));
document.querySelector('#export-json')!.addEventListener('click', () => download('inventory.json', 'application/json', serializeInventory(map.inventory)));

map.addEventListener('relmap-change', (e) => note(`${e.detail.kind}: ${e.detail.command} (${e.detail.patches.length} patches)`));
map.addEventListener('relmap-select', (e) => note(`select: ${e.detail.ids.join(', ') || 'nothing'}`));
map.addEventListener('relmap-error', (e) => note(`refused: ${e.detail.error.message}`));

if (params.has('presenting')) {
  map.presenting = true;
  (document.querySelector('#presenting') as HTMLInputElement).checked = true;
}
if (params.get('theme') === 'dark') {
  map.theme = 'dark';
  table.theme = 'dark';
  timeline.theme = 'dark';
  goals.theme = 'dark';
  (document.querySelector('#dark') as HTMLInputElement).checked = true;
}
load();
