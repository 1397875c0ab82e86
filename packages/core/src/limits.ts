/**
 * Upper bounds on a document. They keep an absurd or hostile file from freezing the tab, and every one of them
 * is reported with a clear error rather than enforced by truncation.
 */
export const LIMITS = {
  /** People in one inventory. */
  people: 5000,
  /** Person-to-person ties. */
  ties: 20000,
  /** Life events. */
  events: 2000,
  /** Focus entries. */
  focus: 20,
  /** Treatment goals. */
  goals: 50,
  /** Reviews of one goal: weekly for years. */
  goalReviews: 200,
  /** Characters in a name, alias, role, ring label or client label. */
  labelLength: 200,
  /** Characters in initials. */
  initialsLength: 4,
  /** Characters in a note. */
  noteLength: 20000,
  /** Nesting depth of a JSON document before it is rejected unread. */
  depth: 16,
  /** The largest remembered ring radius, in layout units: far beyond any map that fits on a screen. */
  ringRadius: 1_000_000,
  /** Characters of JSON text that `parseInventoryJson` will read. */
  jsonLength: 20_000_000,
} as const;
