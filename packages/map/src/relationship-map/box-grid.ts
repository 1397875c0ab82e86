/** An axis-aligned box, in layout units. */
interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/**
 * Things kept by the square cells their boxes touch, so that a question about one place visits only what is near
 * it: label placement asks, for each of a label's sixteen candidate places, which lines, nodes and labels it meets,
 * and at 300 people asking every line made one placement cost hundreds of milliseconds. `near` gives each thing
 * whose box touches a cell the asked box touches, once; the caller still makes the exact test.
 */
export class BoxGrid<T> {
  private readonly cells = new Map<string, { item: T; seen: number }[]>();
  private stamp = 0;

  constructor(private readonly size: number) {}

  /**
   * Keeps `item` in every cell its box touches, or, given `touches`, only in those of them it touches (a long
   * diagonal line crosses a few of the many cells of its box).
   */
  add(item: T, box: Box, touches?: (cell: Box) => boolean): void {
    const entry = { item, seen: 0 };
    const margin = this.size * 1e-6;
    this.visit(box, (key, x, y) => {
      const cell = { left: x * this.size - margin, top: y * this.size - margin, right: (x + 1) * this.size + margin, bottom: (y + 1) * this.size + margin };
      if (touches && !touches(cell)) return;
      const kept = this.cells.get(key);
      if (kept) kept.push(entry);
      else this.cells.set(key, [entry]);
    });
  }

  /** Calls `fn` once for each item kept in a cell that `box` touches. */
  near(box: Box, fn: (item: T) => void): void {
    const stamp = ++this.stamp;
    this.visit(box, (key) => {
      for (const entry of this.cells.get(key) ?? []) {
        if (entry.seen === stamp) continue;
        entry.seen = stamp;
        fn(entry.item);
      }
    });
  }

  private visit(box: Box, fn: (key: string, x: number, y: number) => void): void {
    const x0 = Math.floor(box.left / this.size);
    const x1 = Math.floor(box.right / this.size);
    const y0 = Math.floor(box.top / this.size);
    const y1 = Math.floor(box.bottom / this.size);
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) fn(`${x},${y}`, x, y);
  }
}
