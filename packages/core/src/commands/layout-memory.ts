import { defineCommand } from '../define-command.ts';
import { RelmapError } from '../errors.ts';
import { LIMITS } from '../limits.ts';
import type { Id } from '../model.ts';
import { checkChanges, checkList, describe, findPerson, sameData } from './checks.ts';

/**
 * The step hint angles are kept to, in degrees: a ten-thousandth of a degree, under a thousandth of a unit on a
 * ring of radius 500. Finer would only make documents noisy; the layout treats hints this close as touching, not
 * overlapping (layout SPEC L16).
 */
export const HINT_STEP = 1e-4;

/** The step remembered ring radii are kept to, in layout units. */
export const RING_RADIUS_STEP = 1e-2;

/** Arguments of `recordLayout`: what to remember; whatever is not named is left as it is. */
export interface RecordLayoutArgs {
  /**
   * Person id to the angle the layout settled them at, in degrees clockwise from 12 o'clock (kept to `HINT_STEP`),
   * or `null` to forget the person's hint.
   */
  readonly hints?: Readonly<Record<Id, number | null>>;
  /** Every ring's settled radius, innermost first, one per ring (kept to `RING_RADIUS_STEP`), or `null` to forget them. */
  readonly ringRadii?: readonly number[] | null;
}

const FIELDS: ReadonlySet<string> = new Set(['hints', 'ringRadii']);

/** An angle in degrees brought into [0, 360) and kept to `HINT_STEP`. */
export function hintAngle(degrees: number): number {
  const steps = Math.round((((degrees % 360) + 360) % 360) / HINT_STEP);
  const angle = steps * HINT_STEP;
  // Multiplying back may land a hair off the decimal; the shortest decimal of the step count is what is kept.
  const kept = Number(angle.toFixed(4));
  return kept >= 360 ? 0 : kept + 0;
}

/** A ring radius as it is kept: to `RING_RADIUS_STEP`, and at least one step. */
export function keptRingRadius(radius: number): number {
  return Math.max(RING_RADIUS_STEP, Number((Math.round(radius / RING_RADIUS_STEP) * RING_RADIUS_STEP).toFixed(2)));
}

/**
 * Records where the layout settled people and rings (`person.hint`, `settings.ringRadii`), the layout's memory of
 * the picture. The map folds it into the step of the edit that moved people (`StoreOptions.remember`), so that it
 * is never an undo step of its own; a host may also dispatch it, for example to keep a layout computed without a
 * screen. Values equal to those kept change nothing (rule H8).
 */
export const recordLayout = /* @__PURE__ */ defineCommand('recordLayout', (draft, args: RecordLayoutArgs) => {
  checkChanges('', args, FIELDS, 'recordLayout');
  const hints = args.hints === undefined ? {} : args.hints;
  if (typeof hints !== 'object' || hints === null || Array.isArray(hints)) {
    throw new RelmapError('invalid-argument', 'hints', `expected an object of angles by person id, got ${describe(hints)}.`);
  }
  const writes: [Id, number | null][] = [];
  for (const [id, value] of Object.entries(hints)) {
    findPerson(draft, `hints.${id}`, id);
    if (value !== null && (typeof value !== 'number' || !Number.isFinite(value))) {
      throw new RelmapError('invalid-argument', `hints.${id}`, `expected a finite number of degrees or null, got ${describe(value)}.`);
    }
    writes.push([id, value === null ? null : hintAngle(value)]);
  }
  const radii = args.ringRadii === undefined || args.ringRadii === null ? args.ringRadii : checkRadii(args.ringRadii, draft.settings.rings);
  // Checked in full before anything is written: a command applies all of its changes or none (rule C5).
  for (const [id, angle] of writes) {
    const person = draft.people[id]!;
    if (angle === null) {
      if (person.hint !== undefined) delete person.hint;
    } else if (person.hint?.angle !== angle) {
      person.hint = { angle };
    }
  }
  if (radii === null) {
    if (draft.settings.ringRadii !== undefined) delete draft.settings.ringRadii;
  } else if (radii !== undefined && !sameData(draft.settings.ringRadii, radii)) {
    draft.settings.ringRadii = radii;
  }
});

function checkRadii(value: unknown, rings: number): number[] {
  const list = checkList('ringRadii', value, 'ring radii');
  if (list.length !== rings) throw new RelmapError('invalid-argument', 'ringRadii', `expected ${rings} radii, one per ring, got ${list.length}.`);
  const radii = list.map((r, i) => {
    if (typeof r !== 'number' || !Number.isFinite(r) || r <= 0 || r > LIMITS.ringRadius) {
      throw new RelmapError('invalid-argument', `ringRadii.${i}`, `expected a positive radius up to ${LIMITS.ringRadius}, got ${describe(r)}.`);
    }
    return keptRingRadius(r);
  });
  radii.forEach((r, i) => {
    if (i > 0 && !(r > radii[i - 1]!)) {
      throw new RelmapError('invalid-argument', `ringRadii.${i}`, `expected a radius larger than the ring inside it (${radii[i - 1]}), got ${r}.`);
    }
  });
  return radii;
}
