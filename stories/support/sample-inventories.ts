import { addPerson, createInventory, linkPeople, markDeceased, recordEvent, setPin, updateLink, type Inventory } from '@relmap/core';

/** Applies steps to an inventory in order; reads like the list of what a therapist entered. */
function build(start: Inventory, ...steps: ((inv: Inventory) => Inventory)[]): Inventory {
  return steps.reduce((inv, step) => step(inv), start);
}

const shared = (text: string): { text: string; sensitivity: 'shareable' } => ({ text, sensitivity: 'shareable' });

/** A client with no one on the map yet: the first minute of an inventory. */
export const emptyInventory: Inventory = createInventory({ clientLabel: 'Client' });

/** A client and one person, close and supportive. */
export const onePersonInventory: Inventory = build(createInventory({ clientLabel: 'Noa' }), (inv) =>
  addPerson(inv, {
    id: 'ines',
    name: 'Ines',
    alias: 'Sister',
    role: 'sister',
    category: 'sibling',
    ring: 1,
    tie: { support: 'strong', supportDirection: 'mutual' },
  }),
);

/**
 * Deceased people and lost ties: a father who died (with dates), a grandmother who died long ago, a friend who
 * moved away (an ended tie), a former partner after a separation (cut off), and the losses as life events. People
 * are pinned at angles of their own, so that the marks of each loss can be seen.
 */
export const lossesInventory: Inventory = build(
  createInventory({ clientLabel: 'Sam' }),
  (inv) =>
    addPerson(inv, {
      id: 'father',
      name: 'Aurel',
      alias: 'Father',
      role: 'father',
      category: 'parent',
      ring: 1,
      born: '1951',
      tie: { support: 'strong', supportDirection: 'to-client' },
    }),
  (inv) => markDeceased(inv, { id: 'father', died: '2025-02' }),
  (inv) =>
    addPerson(inv, {
      id: 'grandmother',
      name: 'Vera',
      alias: 'Grandmother',
      role: 'grandmother',
      category: 'other-family',
      ring: 2,
      tie: { support: 'some', supportDirection: 'to-client' },
    }),
  (inv) => markDeceased(inv, { id: 'grandmother', died: '2009' }),
  (inv) =>
    addPerson(inv, {
      id: 'mother',
      name: 'Lena',
      alias: 'Mother',
      role: 'mother',
      category: 'parent',
      ring: 1,
      tie: { support: 'some', supportDirection: 'mutual', conflict: 'low' },
    }),
  (inv) =>
    addPerson(inv, {
      id: 'friend',
      name: 'Tamsin',
      alias: 'Friend',
      role: 'friend (moved away)',
      category: 'friend',
      ring: 3,
      tie: { support: 'some', ended: true },
    }),
  (inv) =>
    addPerson(inv, {
      id: 'former-partner',
      name: 'Rafe',
      alias: 'Former partner',
      role: 'former partner',
      category: 'partner',
      ring: 3,
      tie: { conflict: 'cutoff', ended: true },
    }),
  (inv) =>
    addPerson(inv, {
      id: 'brother',
      name: 'Oren',
      alias: 'Brother',
      role: 'brother',
      category: 'sibling',
      ring: 2,
      tie: { support: 'some', supportDirection: 'mutual' },
    }),
  (inv) => linkPeople(inv, { id: 'parents', a: 'father', b: 'mother', closeness: 'close' }),
  (inv) => linkPeople(inv, { id: 'siblings', a: 'brother', b: 'mother', closeness: 'normal' }),
  (inv) => linkPeople(inv, { id: 'friends', a: 'friend', b: 'brother', closeness: 'normal' }),
  (inv) => updateLink(inv, { id: 'friends', changes: { ended: true } }),
  // Pinned apart, as a therapist would arrange them, so that no line hides behind another.
  ...(
    [
      ['father', 140],
      ['mother', 200],
      ['grandmother', 50],
      ['brother', 260],
      ['friend', 300],
      ['former-partner', 95],
    ] as const
  ).map(
    ([id, angle]) =>
      (inv: Inventory) =>
        setPin(inv, { id, angle }),
  ),
  (inv) => recordEvent(inv, { id: 'death-father', kind: 'death', label: shared('Father died after a short illness'), date: '2025-02', people: ['father'] }),
  (inv) => recordEvent(inv, { id: 'separation', kind: 'separation', label: shared('Separated from partner'), date: '2025-06', people: ['former-partner'] }),
  (inv) => recordEvent(inv, { id: 'friend-moved', kind: 'move', label: shared('Close friend moved abroad'), date: '2025-08', people: ['friend'] }),
);

/**
 * Long names and right-to-left names (Arabic and Hebrew), mixed with left-to-right ones, to check that labels
 * neither overlap nor reverse.
 */
export const longAndRtlNamesInventory: Inventory = build(
  createInventory({ clientLabel: 'Yusuf' }),
  (inv) =>
    addPerson(inv, {
      id: 'long-1',
      name: 'Maximiliane Theodora von Stolzenberg-Ahrensfeld',
      role: 'aunt',
      category: 'other-family',
      ring: 2,
      tie: { support: 'some' },
    }),
  (inv) =>
    addPerson(inv, {
      id: 'long-2',
      name: 'The Thursday evening allotment and community garden group',
      kind: 'group',
      role: 'community group',
      category: 'community',
      ring: 3,
    }),
  (inv) => addPerson(inv, { id: 'rtl-1', name: 'مريم', role: 'mother', category: 'parent', ring: 1, tie: { support: 'strong', supportDirection: 'mutual' } }),
  (inv) => addPerson(inv, { id: 'rtl-2', name: 'عبد الرحمن الحسيني', role: 'uncle', category: 'other-family', ring: 2, tie: { conflict: 'high' } }),
  (inv) => addPerson(inv, { id: 'rtl-3', name: 'נועה', role: 'friend', category: 'friend', ring: 1, tie: { support: 'some', supportDirection: 'to-client' } }),
  (inv) => addPerson(inv, { id: 'rtl-4', name: 'אביגיל בן-דוד', role: 'colleague', category: 'colleague', ring: 3 }),
  (inv) =>
    addPerson(inv, {
      id: 'mixed',
      name: 'Dr. ليلى Okafor (GP)',
      role: 'GP',
      category: 'professional',
      ring: 3,
      tie: { support: 'some', supportDirection: 'to-client' },
    }),
  (inv) => addPerson(inv, { id: 'short', name: 'Jo', role: 'partner', category: 'partner', ring: 1, tie: { support: 'strong', supportDirection: 'mutual' } }),
  (inv) => linkPeople(inv, { id: 'rtl-1-rtl-2', a: 'rtl-1', b: 'rtl-2', closeness: 'normal', conflict: 'low' }),
);

/**
 * One inventory that needs every entry of the legend: every weight and pattern of a line to the client, every
 * closeness and conflict of a tie between two people, every direction of support, an ended tie, a deceased
 * person and a group, and one person of every category. Everyone is pinned at an angle of their own, so that every line can be seen whole.
 */
export const everyLineStyleInventory: Inventory = build(
  createInventory({ clientLabel: 'Client' }),
  (inv) => addPerson(inv, { id: 'strong', name: 'Strong support', category: 'partner', ring: 1, tie: { support: 'strong', supportDirection: 'mutual' } }),
  (inv) => addPerson(inv, { id: 'some', name: 'Some support', category: 'parent', ring: 2, tie: { support: 'some', supportDirection: 'to-client' } }),
  (inv) => addPerson(inv, { id: 'none', name: 'No support', category: 'child', ring: 1 }),
  (inv) => addPerson(inv, { id: 'tenuous', name: 'Tenuous', category: 'sibling', ring: 3 }),
  (inv) => addPerson(inv, { id: 'low', name: 'Some conflict', category: 'other-family', ring: 2, tie: { conflict: 'low' } }),
  (inv) =>
    addPerson(inv, { id: 'high', name: 'Conflict', category: 'friend', ring: 2, tie: { conflict: 'high', support: 'some', supportDirection: 'from-client' } }),
  (inv) => addPerson(inv, { id: 'hostile', name: 'Hostile', category: 'colleague', ring: 3, tie: { conflict: 'hostile' } }),
  (inv) => addPerson(inv, { id: 'cutoff', name: 'Cut off', category: 'neighbour', ring: 3, tie: { conflict: 'cutoff' } }),
  (inv) => addPerson(inv, { id: 'ended', name: 'Ended', category: 'professional', ring: 3, tie: { support: 'some', ended: true } }),
  (inv) => addPerson(inv, { id: 'deceased', name: 'Deceased', ring: 2, tie: { support: 'some' } }),
  (inv) => markDeceased(inv, { id: 'deceased', died: '2024' }),
  (inv) => addPerson(inv, { id: 'group', name: 'A group', kind: 'group', category: 'community', ring: 3, tie: { support: 'some' } }),
  // A reference picture: each person pinned at their own angle, so that no line hides behind another.
  ...(
    [
      ['strong', 0],
      ['group', 30],
      ['high', 60],
      ['cutoff', 90],
      ['deceased', 120],
      ['none', 180],
      ['tenuous', 210],
      ['low', 240],
      ['hostile', 270],
      ['some', 300],
      ['ended', 330],
    ] as const
  ).map(
    ([id, angle]) =>
      (inv: Inventory) =>
        setPin(inv, { id, angle }),
  ),
  (inv) => linkPeople(inv, { id: 'strong-some', a: 'strong', b: 'some', closeness: 'close' }),
  (inv) => linkPeople(inv, { id: 'some-low', a: 'some', b: 'low', closeness: 'normal' }),
  (inv) => linkPeople(inv, { id: 'tenuous-hostile', a: 'tenuous', b: 'hostile', closeness: 'distant' }),
);

/** Three people on three rings, for the interaction stories: Ana outermost, Ben in the middle, Cleo closest. */
export const threePeopleInventory: Inventory = build(
  createInventory({ clientLabel: 'Client' }),
  (inv) => addPerson(inv, { id: 'ana', name: 'Ana', role: 'friend', category: 'friend', ring: 3, tie: { support: 'some' } }),
  (inv) => addPerson(inv, { id: 'ben', name: 'Ben', role: 'colleague', category: 'colleague', ring: 2, tie: { support: 'some' } }),
  (inv) => addPerson(inv, { id: 'cleo', name: 'Cleo', role: 'sister', category: 'sibling', ring: 1, tie: { support: 'strong' } }),
);
