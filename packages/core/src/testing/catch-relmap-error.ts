import { RelmapError, isRelmapError } from '../errors.ts';

/**
 * Runs `fn` and returns the `RelmapError` it throws. Anything else, including no throw at all or a plain
 * `TypeError` (which would break rule C2), fails the calling test.
 */
export function catchRelmapError(fn: () => unknown): RelmapError {
  try {
    fn();
  } catch (error) {
    if (isRelmapError(error)) return error;
    throw new Error(`expected a RelmapError, got ${String(error)}`, { cause: error });
  }
  throw new Error('expected a RelmapError, but nothing was thrown');
}
