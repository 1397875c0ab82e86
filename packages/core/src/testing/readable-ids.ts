import type { IdSource } from '../ids.ts';

/**
 * For tests written against ids a reader can follow: the kind itself, then `-2`, `-3`, ... while taken (`goal`,
 * `goal-2`; a goal's first review is `review`), as a document of an older version might hold. Install it with
 * `setIdSource(readableIdSource)` and put the previous source back afterwards.
 */
export const readableIdSource: IdSource = (kind, attempt) => (attempt === 0 ? kind : `${kind}-${attempt + 1}`);
