/** What `tieOrder` needs to know about one person. */
export interface OrderEntry {
  /** The person's id. */
  readonly id: string;
  /** A hash of the id, for tie-breaks that do not depend on record order. */
  readonly hash: number;
  /** The block the person belongs to (the sector index, or 0 when sectors are off). */
  readonly block: number;
  /** A secondary grouping inside a block (the sector index), so that loners of one category stay together. */
  readonly group: number;
}

/**
 * A circular reading order of everyone, in which people tied to each other come close together: blocks in
 * ascending order, and inside a block, the connected components of the tie graph (ties leaving the block are
 * ignored) one after another, each in Cuthill–McKee order (breadth-first from a least-connected person, neighbours
 * by ascending degree), which keeps every tie's two ends near each other in the sequence. Components follow each
 * other by group, then by the degree and hash of their first person, so the result depends only on ids and ties,
 * never on the order of records. Returns each person's position in the sequence.
 */
export function tieOrder(
  entries: readonly OrderEntry[],
  ties: readonly (readonly [string, string])[],
): Map<string, number> {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const neighbours = new Map<string, string[]>();
  for (const e of entries) neighbours.set(e.id, []);
  for (const [a, b] of ties) {
    const ea = byId.get(a);
    const eb = byId.get(b);
    if (!ea || !eb || ea.block !== eb.block || a === b) continue;
    neighbours.get(a)!.push(b);
    neighbours.get(b)!.push(a);
  }
  const degree = (id: string): number => neighbours.get(id)!.length;
  const compare = (a: string, b: string): number => {
    const ea = byId.get(a)!;
    const eb = byId.get(b)!;
    return (
      ea.block - eb.block ||
      ea.group - eb.group ||
      degree(a) - degree(b) ||
      ea.hash - eb.hash ||
      (a < b ? -1 : a > b ? 1 : 0)
    );
  };
  for (const list of neighbours.values()) list.sort(compare);
  const roots = entries.map((e) => e.id).sort(compare);
  const rank = new Map<string, number>();
  const queue: string[] = [];
  for (const root of roots) {
    if (rank.has(root)) continue;
    rank.set(root, rank.size);
    queue.length = 0;
    queue.push(root);
    for (let head = 0; head < queue.length; head++) {
      for (const next of neighbours.get(queue[head]!)!) {
        if (rank.has(next)) continue;
        rank.set(next, rank.size);
        queue.push(next);
      }
    }
  }
  return rank;
}
