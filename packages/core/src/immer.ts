import { Immer } from 'immer';

// Core's own immer. Every inventory core hands out is deeply frozen (SPEC C1), and core trusts the inventories it
// marked as valid by identity (SPEC V12), which is safe only while they cannot change. A host that turns off
// auto-freeze on the shared immer (`setAutoFreeze(false)`) must not turn it off here, so core does not use the
// shared instance's `produce`.
const immer = /* @__PURE__ */ new Immer({ autoFreeze: true });

/** immer's `produce`, always freezing. */
export const produce: Immer['produce'] = immer.produce;
/** immer's `produceWithPatches`, always freezing. */
export const produceWithPatches: Immer['produceWithPatches'] = immer.produceWithPatches;
/** immer's `applyPatches`, always freezing. */
export const applyPatches: Immer['applyPatches'] = (base, patches) => immer.applyPatches(base, patches);
