/**
 * The seeded graphs every library in the benchmark draws: people on closeness rings around the client, names of
 * 3 to 20 characters, and about two person-to-person ties per person (most within small households of
 * neighbouring ids, some across the whole network). The recurrence and the draws are those of `generatedInventory`
 * in packages/layout/src/test-fixtures.ts, so the node benchmark and this one lay out the same kind of map.
 *
 * @typedef {{ id: string, name: string, ring: number, category: string }} BenchPerson
 * @typedef {{ people: BenchPerson[], ties: [string, string][], rings: number }} BenchGraph
 */

const SYLLABLES = ['an', 'be', 'ka', 'lo', 'mi', 'ne', 'or', 'pa', 'ri', 'sa', 'tu', 'vi', 'el', 'jo', 'da', 'ha'];
const CATEGORIES = ['partner', 'parent', 'child', 'sibling', 'other-family', 'friend', 'colleague', 'neighbour', 'professional', 'community', 'other'];

/** A seeded linear congruential generator returning numbers in [0, 1). */
export function lcg(seed = 1) {
  let state = seed >>> 0;
  return () => (state = (Math.imul(1664525, state) + 1013904223) >>> 0) / 4294967296;
}

/**
 * Generates the benchmark graph of `count` people. Equal seeds give equal graphs.
 *
 * @param {number} count
 * @param {number} [seed]
 * @returns {BenchGraph}
 */
export function benchGraph(count, seed = 7) {
  const random = lcg(seed);
  const rings = 3;
  const pick = (list) => list[Math.floor(random() * list.length)];
  const people = [];
  for (let i = 0; i < count; i++) {
    let name = '';
    const target = 3 + Math.floor(random() * 18);
    while (name.length < target) name += pick(SYLLABLES);
    name = name.slice(0, target);
    const u = random();
    const total = (rings * (rings + 1)) / 2;
    let ring = 1;
    for (let acc = 1 / total; u > acc && ring < rings; ring++) acc += (ring + 1) / total;
    people.push({ id: `p${i}`, name: name[0].toUpperCase() + name.slice(1), ring, category: pick(CATEGORIES) });
  }
  const ties = [];
  const seen = new Set();
  for (let guard = 0; ties.length < count && guard < count * 20; guard++) {
    const a = Math.floor(random() * count);
    const b = random() < 0.7 ? a + 1 + Math.floor(random() * 4) : Math.floor(random() * count);
    if (b >= count || a === b) continue;
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (seen.has(key)) continue;
    seen.add(key);
    ties.push([`p${a}`, `p${b}`]);
  }
  return { people, ties, rings };
}

/**
 * Seeded starting positions on the rings, for the libraries that take positions: the same start for all of them.
 *
 * @param {BenchGraph} graph
 * @param {number} spacing distance between rings
 * @returns {Map<string, { x: number, y: number }>}
 */
export function ringStart(graph, spacing = 90) {
  const random = lcg(11);
  const at = new Map();
  for (const p of graph.people) {
    const angle = random() * 2 * Math.PI;
    const r = p.ring * spacing;
    at.set(p.id, { x: r * Math.sin(angle), y: -r * Math.cos(angle) });
  }
  return at;
}
