/// <reference types="@vitest/browser-playwright" />
import { cdp } from 'vitest/browser';

// Tests run in a frame inside the runner's page; real input is addressed in the page's coordinates.
function frameOffset(): { x: number; y: number; scale: number } {
  const frame = window.frameElement;
  if (!frame) return { x: 0, y: 0, scale: 1 };
  const box = frame.getBoundingClientRect();
  const scale = box.width / window.innerWidth || 1;
  return { x: box.left, y: box.top, scale };
}

type Point = { x: number; y: number };

async function mouse(type: 'mousePressed' | 'mouseMoved' | 'mouseReleased', p: Point, modifiers = 0): Promise<void> {
  const o = frameOffset();
  await cdp().send('Input.dispatchMouseEvent', {
    type,
    x: o.x + p.x * o.scale,
    y: o.y + p.y * o.scale,
    button: 'left',
    buttons: type === 'mouseReleased' ? 0 : 1,
    clickCount: type === 'mouseMoved' ? 0 : 1,
    modifiers,
  });
}

/**
 * Drags with the real mouse, through the browser's own input pipeline (hit testing, pointer capture), from one
 * point to another in the test frame's CSS pixels, in `steps` moves. `shift` holds the Shift key.
 */
export async function realDrag(from: Point, to: Point, { steps = 8, shift = false } = {}): Promise<void> {
  const modifiers = shift ? 8 : 0;
  await mouse('mouseMoved', from, modifiers);
  await mouse('mousePressed', from, modifiers);
  for (let i = 1; i <= steps; i++) {
    const t = i / steps;
    await mouse('mouseMoved', { x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t }, modifiers);
  }
  await mouse('mouseReleased', to, modifiers);
}

/** Clicks with the real mouse at a point in the test frame's CSS pixels. */
export async function realClick(at: Point): Promise<void> {
  await mouse('mouseMoved', at);
  await mouse('mousePressed', at);
  await mouse('mouseReleased', at);
}
