/**
 * Inventories for the layout's tests and benchmarks, built with core's commands. They live under testing/, which
 * the package build leaves out.
 */
import {
  CATEGORIES,
  addPerson,
  createInventory,
  linkPeople,
  markDeceased,
  setConflict,
  setPin,
  type Category,
  type Inventory,
  type PersonKind,
} from '@relmap/core';
import { lcg } from '../hash.ts';

interface PersonRow {
  readonly id: string;
  readonly name: string;
  readonly ring: number;
  readonly category: Category;
  readonly kind?: PersonKind;
  readonly deceased?: boolean;
  readonly pin?: number;
}

function build(
  init: { clientLabel: string; rings?: number; sectors?: boolean },
  people: readonly PersonRow[],
  ties: readonly (readonly [string, string])[],
): Inventory {
  let inv = createInventory(init);
  for (const p of people) {
    inv = addPerson(inv, { id: p.id, name: p.name, ring: p.ring, category: p.category, kind: p.kind ?? 'person' });
    if (p.deceased) inv = markDeceased(inv, { id: p.id });
    if (p.pin !== undefined) inv = setPin(inv, { id: p.id, angle: p.pin });
  }
  for (const [a, b] of ties) inv = linkPeople(inv, { id: `${a}-${b}`, a, b });
  return inv;
}

/** Five small inventories shaped like the teaching cases: grief, role dispute, role transition, deficits, a big family. */
export function caseLikeInventories(): Record<string, Inventory> {
  return {
    grief: build(
      { clientLabel: 'Maya' },
      [
        { id: 'tom', name: 'Tom', ring: 1, category: 'partner', deceased: true, pin: 0 },
        { id: 'lena', name: 'Lena', ring: 1, category: 'child' },
        { id: 'jonas', name: 'Jonas', ring: 2, category: 'child' },
        { id: 'ruth', name: 'Ruth (sister)', ring: 2, category: 'sibling' },
        { id: 'anna', name: 'Anna', ring: 2, category: 'friend' },
        { id: 'group', name: 'Bereavement group', ring: 3, category: 'community', kind: 'group' },
        { id: 'dr-osei', name: 'Dr. Osei', ring: 3, category: 'professional' },
      ],
      [
        ['tom', 'lena'],
        ['tom', 'jonas'],
        ['lena', 'jonas'],
        ['ruth', 'anna'],
      ],
    ),
    dispute: build(
      { clientLabel: 'Client' },
      [
        { id: 'sam', name: 'Sam', ring: 1, category: 'partner' },
        { id: 'kid-1', name: 'Mia', ring: 1, category: 'child' },
        { id: 'kid-2', name: 'Leo', ring: 1, category: 'child' },
        { id: 'mil', name: 'Mother-in-law', ring: 3, category: 'other-family' },
        { id: 'fil', name: 'Father-in-law', ring: 3, category: 'other-family' },
        { id: 'boss', name: 'Mr. Alvarez', ring: 3, category: 'colleague' },
        { id: 'bff', name: 'Priya', ring: 2, category: 'friend' },
        { id: 'mum', name: 'Mum', ring: 2, category: 'parent' },
      ],
      [
        ['sam', 'kid-1'],
        ['sam', 'kid-2'],
        ['kid-1', 'kid-2'],
        ['sam', 'mil'],
        ['mil', 'fil'],
        ['sam', 'fil'],
      ],
    ),
    transition: build(
      { clientLabel: 'Kofi', rings: 4 },
      [
        { id: 'ama', name: 'Ama', ring: 1, category: 'partner' },
        { id: 'baby', name: 'Baby Esi', ring: 1, category: 'child' },
        { id: 'midwife', name: 'Midwife', ring: 3, category: 'professional' },
        { id: 'old-team', name: 'Old team', ring: 4, category: 'colleague', kind: 'group' },
        { id: 'new-boss', name: 'New manager', ring: 3, category: 'colleague' },
        { id: 'dad', name: 'Dad', ring: 2, category: 'parent' },
        { id: 'mom', name: 'Mom', ring: 2, category: 'parent' },
        { id: 'kwame', name: 'Kwame', ring: 2, category: 'friend' },
        { id: 'choir', name: 'Church choir', ring: 4, category: 'community', kind: 'group' },
      ],
      [
        ['ama', 'baby'],
        ['dad', 'mom'],
        ['ama', 'mom'],
        ['old-team', 'kwame'],
      ],
    ),
    deficits: build(
      { clientLabel: 'Client', rings: 5 },
      [
        { id: 'mother', name: 'Mother', ring: 3, category: 'parent' },
        { id: 'online', name: 'Online friend', ring: 4, category: 'friend' },
        { id: 'neighbour', name: 'Neighbour', ring: 5, category: 'neighbour' },
        { id: 'therapist', name: 'Therapist', ring: 4, category: 'professional' },
      ],
      [['mother', 'neighbour']],
    ),
    family: build(
      { clientLabel: 'Client', rings: 4, sectors: true },
      [
        { id: 'p', name: 'Partner', ring: 1, category: 'partner' },
        { id: 'c1', name: 'Ella', ring: 1, category: 'child' },
        { id: 'c2', name: 'Finn', ring: 1, category: 'child' },
        { id: 'c3', name: 'Greta', ring: 2, category: 'child' },
        { id: 'm', name: 'Mother', ring: 2, category: 'parent' },
        { id: 'f', name: 'Father', ring: 3, category: 'parent', pin: 135 },
        { id: 's1', name: 'Brother Karl', ring: 2, category: 'sibling' },
        { id: 's2', name: 'Sister Lotte', ring: 3, category: 'sibling' },
        { id: 'g', name: 'Grandmother Rose', ring: 3, category: 'other-family', deceased: true },
        { id: 'u', name: 'Uncle Bernd', ring: 4, category: 'other-family' },
        { id: 'fr1', name: 'Jana', ring: 2, category: 'friend' },
        { id: 'fr2', name: 'Oskar', ring: 3, category: 'friend' },
        { id: 'fr3', name: 'Walking group', ring: 3, category: 'friend', kind: 'group' },
        { id: 'n1', name: 'Mrs. Kowalski', ring: 4, category: 'neighbour' },
        { id: 'w1', name: 'Team lead', ring: 3, category: 'colleague' },
        { id: 'w2', name: 'Deniz', ring: 2, category: 'colleague' },
        { id: 'w3', name: 'Former colleague Ines', ring: 4, category: 'colleague' },
        { id: 'gp', name: 'GP', ring: 4, category: 'professional' },
        { id: 'sw', name: 'Social worker', ring: 4, category: 'professional' },
        { id: 'club', name: 'Football club', ring: 4, category: 'community', kind: 'group' },
      ],
      [
        ['p', 'c1'],
        ['p', 'c2'],
        ['p', 'c3'],
        ['c1', 'c2'],
        ['m', 'f'],
        ['m', 's1'],
        ['f', 's2'],
        ['m', 'g'],
        ['u', 'g'],
        ['fr1', 'fr2'],
        ['fr2', 'fr3'],
        ['w1', 'w2'],
        ['w2', 'w3'],
        ['gp', 'sw'],
        ['c3', 'club'],
        ['p', 'fr1'],
      ],
    ),
  };
}

const SYLLABLES = ['an', 'be', 'ka', 'lo', 'mi', 'ne', 'or', 'pa', 'ri', 'sa', 'tu', 'vi', 'el', 'jo', 'da', 'ha'];

/** Options of `generatedInventory`. */
export interface GeneratedInventoryOptions {
  /** How many people. */
  readonly people: number;
  /** Seed of the generator; equal seeds give equal inventories. */
  readonly seed?: number;
  /** Ring count; default 3. */
  readonly rings?: number;
  /** Whether sectors are on; default false. */
  readonly sectors?: boolean;
  /** Person-to-person ties per person, on average; default 1 (every person is then in about two ties). */
  readonly tiesPerPerson?: number;
}

/**
 * A seeded random inventory: people spread over the rings (a fifth on the innermost, growing outward), names of
 * 3 to 20 characters, every category, and about two person-to-person ties per person, most of them within small
 * "households" of neighbouring ids and some across the whole network.
 */
export function generatedInventory(options: GeneratedInventoryOptions): Inventory {
  const random = lcg(options.seed ?? 42);
  const rings = options.rings ?? 3;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const rows: PersonRow[] = [];
  for (let i = 0; i < options.people; i++) {
    let name = '';
    const target = 3 + Math.floor(random() * 18);
    while (name.length < target) name += pick(SYLLABLES);
    name = name.slice(0, target);
    const u = random();
    // Weights 1, 2, 3, ... for rings 1, 2, 3, ...: the innermost ring is the least crowded, as in real inventories.
    const total = (rings * (rings + 1)) / 2;
    let ring = 1;
    for (let acc = 1 / total; u > acc && ring < rings; ring++) acc += (ring + 1) / total;
    rows.push({ id: `p${i}`, name: name[0]!.toUpperCase() + name.slice(1), ring, category: pick(CATEGORIES) });
  }
  const ties: [string, string][] = [];
  const seen = new Set<string>();
  const count = Math.round(options.people * (options.tiesPerPerson ?? 1));
  for (let guard = 0; ties.length < count && guard < count * 20; guard++) {
    const a = Math.floor(random() * options.people);
    const b = random() < 0.7 ? a + 1 + Math.floor(random() * 4) : Math.floor(random() * options.people);
    if (b >= options.people || a === b) continue;
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (seen.has(key)) continue;
    seen.add(key);
    ties.push([`p${a}`, `p${b}`]);
  }
  return build({ clientLabel: 'Client', rings, sectors: options.sectors ?? false }, rows, ties);
}

/** One of the five groups of `groupedInventory`: the categories its people take, in turn. */
const GROUPS: readonly { readonly name: string; readonly categories: readonly Category[] }[] = [
  { name: 'family', categories: ['parent', 'sibling', 'child', 'other-family', 'partner'] },
  { name: 'friends', categories: ['friend'] },
  { name: 'work', categories: ['colleague'] },
  { name: 'neighbours', categories: ['neighbour'] },
  { name: 'services', categories: ['professional', 'community', 'other'] },
];

const FIRST = ['Ada', 'Ben', 'Cleo', 'Dev', 'Eli', 'Fay', 'Gus', 'Hana', 'Ivo', 'Jae', 'Kit', 'Lou', 'Mira', 'Nils', 'Oona', 'Pim'];
const SECOND = ['Abbott', 'Brandt', 'Costa', 'Dahl', 'Engel', 'Fox', 'Greer', 'Holm', 'Ilic', 'Janssen', 'Kerr', 'Lund'];

/** Options of `groupedInventory`. */
export interface GroupedInventoryOptions {
  /** How many people. */
  readonly people: number;
  /** Ring count; default 4. */
  readonly rings?: number;
  /** Seed of the generator; equal seeds give equal inventories. Default 13. */
  readonly seed?: number;
}

/**
 * A seeded inventory in five groups (family, friends, work, neighbours, services), sectors on: the shape of a large
 * real inventory, for the readability benchmark and its screenshots. People are spread over the rings (fewer
 * inside), named "Ada Brandt" style (8 to 14 characters), and tied mostly within their group (about one tie per
 * person), with a few ties across groups. One person in twenty has died, one in twelve has a conflicted tie.
 */
export function groupedInventory(options: GroupedInventoryOptions): Inventory {
  const random = lcg(options.seed ?? 13);
  const rings = options.rings ?? 4;
  const rows: PersonRow[] = [];
  const byGroup: string[][] = GROUPS.map(() => []);
  for (let i = 0; i < options.people; i++) {
    const g = i % GROUPS.length;
    const group = GROUPS[g]!;
    const u = random();
    const total = (rings * (rings + 1)) / 2;
    let ring = 1;
    for (let acc = 1 / total; u > acc && ring < rings; ring++) acc += (ring + 1) / total;
    const name = `${FIRST[Math.floor(random() * FIRST.length)]} ${SECOND[Math.floor(random() * SECOND.length)]}`;
    const id = `${group.name}-${byGroup[g]!.length + 1}`;
    byGroup[g]!.push(id);
    rows.push({
      id,
      name,
      ring,
      category: group.categories[byGroup[g]!.length % group.categories.length]!,
      deceased: random() < 0.05,
    });
  }
  const ties: [string, string][] = [];
  const seen = new Set<string>();
  const add = (a: string, b: string): void => {
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    if (a === b || seen.has(key)) return;
    seen.add(key);
    ties.push([a, b]);
  };
  for (const members of byGroup) {
    for (let i = 1; i < members.length; i++) if (random() < 0.8) add(members[i]!, members[Math.floor(random() * i)]!);
  }
  for (let i = 0; i < options.people / 10; i++) {
    const a = byGroup[Math.floor(random() * byGroup.length)]!;
    const b = byGroup[Math.floor(random() * byGroup.length)]!;
    if (a.length && b.length) add(a[Math.floor(random() * a.length)]!, b[Math.floor(random() * b.length)]!);
  }
  let inv = build({ clientLabel: 'Client', rings, sectors: true }, rows, ties);
  // Conflict on some of the client's ties: the red lines the picture must not drown in.
  rows.forEach((row, i) => {
    if (i % 12 === 5) inv = setConflict(inv, { id: row.id, conflict: i % 24 === 5 ? 'hostile' : 'high' });
  });
  return inv;
}

/** The two large inventories the readability benchmark and the screenshots use: 60 people and 150 people. */
export function largeInventories(): { readonly people60: Inventory; readonly people150: Inventory } {
  return { people60: groupedInventory({ people: 60 }), people150: groupedInventory({ people: 150 }) };
}
