import { checkId, checkText, describe } from '../commands/checks.ts';
import { RelmapError } from '../errors.ts';
import { newId } from '../ids.ts';
import { LIMITS } from '../limits.ts';
import type { Id, Inventory } from '../model.ts';

/**
 * A named copy of an inventory at one moment, such as "Intake" or "Session 12". Two snapshots can be compared to
 * show how the client's relationships changed over treatment.
 */
export interface Snapshot {
  /** Identifies the snapshot among the others of the same client. */
  readonly id: Id;
  /** What the moment was, such as "Intake" or "Session 12". */
  readonly label: string;
  /** When the snapshot was taken, as an ISO 8601 date and time with its offset (`2025-03-14T10:30:00Z`). */
  readonly takenAt: string;
  /** The inventory as it was then. */
  readonly inventory: Inventory;
}

/** What `takeSnapshot` needs besides the inventory. */
export interface TakeSnapshotOptions {
  /** What the moment is, such as "Intake"; 1 to `LIMITS.labelLength` characters. */
  readonly label: string;
  /**
   * When, as an ISO 8601 date and time with an offset. The caller passes it in: core never reads the clock, so
   * that the same call always gives the same snapshot.
   */
  readonly takenAt: string;
  /** An id to use; by default a new opaque one (`s-...`, SPEC M15), never made from the label. */
  readonly id?: Id;
}

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** Whether a string is an ISO 8601 date and time with an offset, such as `2025-03-14T10:30:00Z`, that exists. */
export function isIsoDateTime(value: string): boolean {
  const m = ISO_DATE_TIME.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second = '0', offsetHour = '0', offsetMinute = '0'] = m.slice(1);
  const days = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  return (
    Number(month) >= 1 &&
    Number(month) <= 12 &&
    Number(day) >= 1 &&
    Number(day) <= days &&
    Number(hour) <= 23 &&
    Number(minute) <= 59 &&
    Number(second) <= 59 &&
    Number(offsetHour) <= 23 &&
    Number(offsetMinute) <= 59
  );
}

/**
 * Takes a snapshot of an inventory. Given an `id`, it is pure: the time is passed in, the inventory is kept by reference (an
 * inventory from `createInventory`, a command or `parseInventory` is deeply frozen, so it cannot change later),
 * and the snapshot itself is frozen. Without an `id` it makes an opaque one (SPEC M15). Throws a `RelmapError` naming the argument when the label, time or id is
 * not usable.
 */
export function takeSnapshot(inventory: Inventory, options: TakeSnapshotOptions): Snapshot {
  if (typeof inventory !== 'object' || inventory === null) {
    throw new RelmapError('invalid-argument', 'inventory', `expected an inventory, got ${describe(inventory)}.`);
  }
  if (typeof options !== 'object' || options === null) {
    throw new RelmapError('invalid-argument', 'options', `expected { label, takenAt }, got ${describe(options)}.`);
  }
  const label = checkText('label', options.label, LIMITS.labelLength);
  const takenAt = options.takenAt;
  if (typeof takenAt !== 'string' || !isIsoDateTime(takenAt)) {
    throw new RelmapError(
      'invalid-argument',
      'takenAt',
      `expected an ISO 8601 date and time with an offset, such as "2025-03-14T10:30:00Z", got ${describe(takenAt)}.`,
    );
  }
  const id = options.id === undefined ? newId('snapshot') : checkId('id', options.id);
  return Object.freeze({ id, label, takenAt, inventory });
}
