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
  private readonly cells = new Map<string, { item: T; seen: number }[] & { x?: number; y?: number }>();
  private stamp = 0;

  constructor(private readonly size: number) {}

  /**
   * Keeps `item` in every cell its box (or any of its boxes) touches, or, given `touches`, only in those of them it
   * touches (a long diagonal line crosses a few of the many cells of its box: given as the boxes of short pieces
   * of it, only those few are visited).
   */
  add(item: T, box: Box | readonly Box[], touches?: (cell: Box) => boolean): void {
    const entry = { item, seen: 0 };
    const margin = this.size * 1e-6;
    for (const b of 'left' in box ? [box] : box) this.keep(entry, b, margin, touches);
  }

  private keep(entry: { item: T; seen: number }, box: Box, margin: number, touches?: (cell: Box) => boolean): void {
    this.visit(box, (key, x, y) => {
      const cell = { left: x * this.size - margin, top: y * this.size - margin, right: (x + 1) * this.size + margin, bottom: (y + 1) * this.size + margin };
      if (touches && !touches(cell)) return;
      const kept = this.cells.get(key);
      if (kept) kept.push(entry);
      else this.cells.set(key, Object.assign([entry], { x, y }));
    });
  }

  /** Calls `fn` once for each item kept in a cell that `box` touches. */
  near(box: Box, fn: (item: T) => void): void {
    const stamp = ++this.stamp;
    const each = (kept: readonly { item: T; seen: number }[] = []): void => {
      for (const entry of kept) {
        if (entry.seen === stamp) continue;
        entry.seen = stamp;
        fn(entry.item);
      }
    };
    const [x0, x1, y0, y1] = this.span(box);
    // A box wider than the things kept (a long line's, across a large map) would visit thousands of empty cells:
    // the cells kept are fewer then, and each says where it is.
    if ((x1 - x0 + 1) * (y1 - y0 + 1) <= this.cells.size) this.visit(box, (key) => each(this.cells.get(key)));
    else for (const kept of this.cells.values()) if (kept.x! >= x0 && kept.x! <= x1 && kept.y! >= y0 && kept.y! <= y1) each(kept);
  }

  private span(box: Box): [number, number, number, number] {
    const s = this.size;
    return [Math.floor(box.left / s), Math.floor(box.right / s), Math.floor(box.top / s), Math.floor(box.bottom / s)];
  }

  private visit(box: Box, fn: (key: string, x: number, y: number) => void): void {
    const [x0, x1, y0, y1] = this.span(box);
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) fn(`${x},${y}`, x, y);
  }
}
