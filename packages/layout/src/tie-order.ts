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
export function tieOrder(entries: readonly OrderEntry[], ties: readonly (readonly [string, string])[]): Map<string, number> {
  const n = entries.length;
  const at = new Map(entries.map((e, i) => [e.id, i]));
  const neighbours: number[][] = entries.map(() => []);
  for (const [a, b] of ties) {
    const i = at.get(a);
    const j = at.get(b);
    if (i === undefined || j === undefined || i === j || entries[i]!.block !== entries[j]!.block) continue;
    neighbours[i]!.push(j);
    neighbours[j]!.push(i);
  }
  const compare = (i: number, j: number): number => {
    const a = entries[i]!;
    const b = entries[j]!;
    return (
      a.block - b.block || a.group - b.group || neighbours[i]!.length - neighbours[j]!.length || a.hash - b.hash || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
    );
  };
  for (const list of neighbours) list.sort(compare);
  const roots = Array.from({ length: n }, (_, i) => i).sort(compare);
  const position = new Int32Array(n).fill(-1);
  let next = 0;
  const queue: number[] = [];
  for (const root of roots) {
    if (position[root] !== -1) continue;
    position[root] = next++;
    queue.length = 0;
    queue.push(root);
    for (let head = 0; head < queue.length; head++) {
      for (const j of neighbours[queue[head]!]!) {
        if (position[j] !== -1) continue;
        position[j] = next++;
        queue.push(j);
      }
    }
  }
  return new Map(entries.map((e, i) => [e.id, position[i]!]));
}
