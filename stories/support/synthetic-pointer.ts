import type { RelationshipMap } from '@relmap/map';
import { nextFrame } from './map-story.ts';

/** A point in the story frame's CSS pixels. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** The centre of an element on screen. */
export function centreOf(el: Element): Point {
  const r = el.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

/** The centre of a person's symbol on screen. */
export function personPoint(map: RelationshipMap, id: string): Point {
  const symbol = map.shadowRoot!.querySelector(`g.person[data-id="${CSS.escape(id)}"] .symbol`);
  if (!symbol) throw new Error(`No person "${id}" is drawn.`);
  return centreOf(symbol);
}

/** Options of `pointerDrag`. */
export interface DragOptions {
  /** Hold Shift, which links instead of moving. */
  readonly shift?: boolean;
  /** Pointer moves between press and release. */
  readonly steps?: number;
  /** The pointer's id. The mouse is pointer 1 in Chromium; other ids test that the map tolerates unknown pointers. */
  readonly pointerId?: number;
}

/**
 * Drags with synthetic pointer events on the map's drawing, as a mouse would: press at `from`, move in steps, a
 * frame between moves so that the map can redraw, release at `to`. The map listens on its `svg.map` and reads
 * positions from `clientX` and `clientY`, so the events are sent there.
 */
export async function pointerDrag(map: RelationshipMap, from: Point, to: Point, options: DragOptions = {}): Promise<void> {
  const svg = map.shadowRoot!.querySelector('svg.map');
  if (!svg) throw new Error('The map has no drawing.');
  const { shift = false, steps = 8, pointerId = 1 } = options;
  const send = (type: string, p: Point, buttons: number): void => {
    svg.dispatchEvent(
      new PointerEvent(type, {
        clientX: p.x,
        clientY: p.y,
        pointerId,
        pointerType: 'mouse',
        isPrimary: true,
        button: type === 'pointermove' ? -1 : 0,
        buttons,
        shiftKey: shift,
        bubbles: true,
        composed: true,
        cancelable: true,
      }),
    );
  };
  send('pointerdown', from, 1);
  for (let i = 1; i <= steps; i++) {
    const t = i / steps;
    send('pointermove', { x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t }, 1);
    await nextFrame();
  }
  send('pointerup', to, 0);
  await map.updateComplete;
}
