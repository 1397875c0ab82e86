import { current } from 'immer';
import { defineCommand } from '../define-command.ts';
import { RelmapError } from '../errors.ts';
import { LIMITS } from '../limits.ts';
import { MAX_RINGS, MIN_RINGS, defaultRingLabels } from '../model.ts';
import { checkRing, checkText, describe, sameData } from './checks.ts';

/** Arguments of `setRings`. */
export interface SetRingsArgs {
  /** 2 to 5 rings. */
  readonly rings: number;
  /** A label per ring, innermost first; by default the standard labels for that count. */
  readonly ringLabels?: readonly string[];
}

/**
 * Changes how many closeness rings the map has. With fewer rings, people beyond the last ring move onto it (one
 * undo step puts them all back).
 */
export const setRings = /* @__PURE__ */ defineCommand('setRings', (draft, args: SetRingsArgs) => {
  const rings = args.rings;
  if (typeof rings !== 'number' || !Number.isInteger(rings) || rings < MIN_RINGS || rings > MAX_RINGS) {
    throw new RelmapError('invalid-argument', 'rings', `expected ${MIN_RINGS} to ${MAX_RINGS} rings, got ${describe(rings)}.`);
  }
  let labels: string[];
  if (args.ringLabels === undefined) {
    labels = defaultRingLabels(rings);
  } else {
    if (!Array.isArray(args.ringLabels) || args.ringLabels.length !== rings) {
      throw new RelmapError('invalid-argument', 'ringLabels', `expected ${rings} labels, one per ring.`);
    }
    labels = args.ringLabels.map((l, i) => checkText(`ringLabels.${i}`, l, LIMITS.labelLength));
  }
  // Remembered radii belong to the old ring count (rule M11); the layout settles the new rings and records them.
  if (draft.settings.rings !== rings && draft.settings.ringRadii !== undefined) delete draft.settings.ringRadii;
  draft.settings.rings = rings;
  if (!sameData(draft.settings.ringLabels, labels)) draft.settings.ringLabels = labels;
  // Only the people beyond the last ring are touched through the draft; the others are read as they stand.
  for (const [id, person] of Object.entries(current(draft.people))) {
    if (person.tie.ring > rings) draft.people[id]!.tie.ring = rings;
  }
});

/** Arguments of `setRingLabel`. */
export interface SetRingLabelArgs {
  readonly ring: number;
  readonly label: string;
}

/** Renames one ring. */
export const setRingLabel = /* @__PURE__ */ defineCommand('setRingLabel', (draft, args: SetRingLabelArgs) => {
  const ring = checkRing(draft, 'ring', args.ring);
  draft.settings.ringLabels[ring - 1] = checkText('label', args.label, LIMITS.labelLength);
});

/** Arguments of `setSectors`. */
export interface SetSectorsArgs {
  readonly enabled: boolean;
}

/**
 * Turns angular sectors by category (family, friends, work, services) on or off. Everyone's place changes with
 * it, so the layout hints are forgotten (rule C7) and the map is laid out afresh; one undo step brings back the
 * picture as it was.
 */
export const setSectors = /* @__PURE__ */ defineCommand('setSectors', (draft, args: SetSectorsArgs) => {
  if (typeof args.enabled !== 'boolean') {
    throw new RelmapError('invalid-argument', 'enabled', `expected true or false, got ${describe(args.enabled)}.`);
  }
  if (draft.settings.sectors === args.enabled) return;
  draft.settings.sectors = args.enabled;
  for (const [id, person] of Object.entries(current(draft.people))) if (person.hint !== undefined) delete draft.people[id]!.hint;
});

/** Arguments of `setClientLabel`. */
export interface SetClientLabelArgs {
  readonly label: string;
}

/** Renames the client at the centre of the map. */
export const setClientLabel = /* @__PURE__ */ defineCommand('setClientLabel', (draft, args: SetClientLabelArgs) => {
  draft.client.label = checkText('label', args.label, LIMITS.labelLength);
});
