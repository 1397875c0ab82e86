/// <reference types="@vitest/browser-playwright" />
import { cdp } from 'vitest/browser';

/** A point in the test frame's CSS pixels. */
export type Point = { x: number; y: number };

// Tests run in a frame inside the runner's page; real input is addressed in the page's coordinates.
function toPage(p: Point, id: number): { x: number; y: number; id: number } {
  const frame = window.frameElement;
  if (!frame) return { ...p, id };
  const box = frame.getBoundingClientRect();
  const scale = box.width / window.innerWidth || 1;
  return { x: box.left + p.x * scale, y: box.top + p.y * scale, id };
}

type TouchType = 'touchStart' | 'touchMove' | 'touchEnd';

async function touch(type: TouchType, fingers: readonly Point[]): Promise<void> {
  await cdp().send('Input.dispatchTouchEvent', { type, touchPoints: fingers.map((p, i) => toPage(p, i + 1)) });
}

function lerp(a: Point, b: Point, t: number): Point {
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
}

/**
 * Moves fingers through the browser's own touch input (hit testing, pointer events of type `touch`, pointer
 * capture): finger i goes down at `from[i]`, one after another as real fingers land, moves in `steps` steps to
 * `to[i]`, and all are lifted. One finger is a drag, two are a pinch or a two-finger pan.
 */
export async function realTouch(from: readonly Point[], to: readonly Point[], { steps = 8 } = {}): Promise<void> {
  for (let n = 1; n <= from.length; n++) await touch('touchStart', from.slice(0, n));
  for (let i = 1; i <= steps; i++)
    await touch(
      'touchMove',
      from.map((f, j) => lerp(f, to[j]!, i / steps)),
    );
  await touch('touchEnd', []);
}

/** Taps with `fingers` fingers at once (one finger: an ordinary tap). */
export async function realTap(...fingers: readonly Point[]): Promise<void> {
  await touch('touchStart', fingers);
  await touch('touchEnd', []);
}
