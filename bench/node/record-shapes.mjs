// How the shape of the `people` record sets the cost of one edit under immer (docs/performance.md): one ring change
// and its undo, on people kept in one record keyed by id (today's model), in buckets of a few dozen keyed by a hash
// of the id, or in a Map. Plain immer, frozen as core freezes; each figure is the median of 7 rounds of 2,000 edits.
//
//   NODE_ENV=production node bench/node/record-shapes.mjs
import { createRequire } from 'node:module';

// immer as core resolves it (the root of the workspace does not depend on it).
const { Immer, enableMapSet, enablePatches } = createRequire(new URL('../../packages/core/package.json', import.meta.url))('immer');

enablePatches();
enableMapSet();
const immer = new Immer({ autoFreeze: true });
const EDITS = 2000;

function person(i) {
  return {
    id: `person-${i}`,
    name: `Person ${i}`,
    category: 'friend',
    kind: 'person',
    status: 'living',
    tie: { ring: 1 + (i % 3), conflict: 'none', support: 'none' },
  };
}
const bucketOf = (id, buckets) => {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (Math.imul(h, 31) + id.charCodeAt(i)) | 0;
  return `b${(h >>> 0) % buckets}`;
};

const shapes = {
  flat: (n) => ({
    make: () => ({ people: Object.fromEntries(Array.from({ length: n }, (_, i) => [`person-${i}`, person(i)])) }),
    edit: (draft, id, ring) => {
      draft.people[id].tie.ring = ring;
    },
  }),
  // The same record grown one person at a time through immer, as addPerson grows it.
  'flat, grown': (n) => ({
    make: () => {
      let state = immer.produce({ people: {} }, () => {});
      for (let i = 0; i < n; i++)
        state = immer.produce(state, (d) => {
          d.people[`person-${i}`] = person(i);
        });
      return state;
    },
    edit: (draft, id, ring) => {
      draft.people[id].tie.ring = ring;
    },
  }),
  // Grown the same way, with one person in ten removed again (and as many more added), as removePerson leaves it.
  'flat, grown, some removed': (n) => ({
    make: () => {
      let state = immer.produce({ people: {} }, () => {});
      const extra = Math.ceil(n / 10);
      for (let i = 0; i < n + extra; i++)
        state = immer.produce(state, (d) => {
          d.people[`person-${i}`] = person(i);
        });
      for (let i = 0; i < extra; i++)
        state = immer.produce(state, (d) => {
          delete d.people[`person-${n + i}`];
        });
      return state;
    },
    edit: (draft, id, ring) => {
      draft.people[id].tie.ring = ring;
    },
  }),
  buckets: (n) => {
    const buckets = Math.max(1, Math.round(n / 24));
    return {
      make: () => {
        const people = {};
        for (let i = 0; i < n; i++) {
          const b = bucketOf(`person-${i}`, buckets);
          (people[b] ??= {})[`person-${i}`] = person(i);
        }
        return { people };
      },
      edit: (draft, id, ring) => {
        draft.people[bucketOf(id, buckets)][id].tie.ring = ring;
      },
    };
  },
  map: (n) => ({
    make: () => ({ people: new Map(Array.from({ length: n }, (_, i) => [`person-${i}`, person(i)])) }),
    edit: (draft, id, ring) => {
      draft.people.get(id).tie.ring = ring;
    },
  }),
};

function round(shape, n) {
  let state = immer.produce(shape.make(), () => {});
  const undo = [];
  let t = performance.now();
  for (let k = 0; k < EDITS; k++) {
    const id = `person-${(k * 7919) % n}`;
    const [next, , inverse] = immer.produceWithPatches(state, (d) => shape.edit(d, id, 1 + (k % 3)));
    undo.push(inverse);
    state = next;
  }
  const editUs = ((performance.now() - t) * 1000) / EDITS;
  t = performance.now();
  while (undo.length > 0) state = immer.applyPatches(state, undo.pop());
  const undoUs = ((performance.now() - t) * 1000) / EDITS;
  return { editUs, undoUs };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log('people | shape | edit µs | undo µs');
for (const n of [30, 300, 1000]) {
  for (const [name, make] of Object.entries(shapes)) {
    const shape = make(n);
    round(shape, n); // warm-up
    const rounds = Array.from({ length: 7 }, () => round(shape, n));
    console.log(`${n} | ${name} | ${median(rounds.map((r) => r.editUs)).toFixed(1)} | ${median(rounds.map((r) => r.undoUs)).toFixed(1)}`);
  }
}
