import { FULL_TURN, normalizeRadians } from './angles.ts';
import { packArc, packRing, type RingItem } from './pack-ring.ts';

/**
 * Packs a ring on which some items are pinned (`pinned[i]`): those stay exactly at their preferred angle, and the
 * others are packed into the free stretches between the pins, as near their preferred angles as they fit.
 *
 * `packRing` keeps the circular order of preferred angles, so a person who would like to stand between two pins
 * that leave no room there would be squeezed in on top of them. Here the pins cut the ring into stretches; each
 * person starts in the stretch that holds their preferred angle, and while a stretch is too short for its people,
 * the one standing nearest to its roomier neighbour moves past the pin into that stretch. Each stretch is then
 * packed on its own (`packArc`). If the pins leave too little room on the whole ring, the rest overlap as little as
 * they can.
 */
export function packAroundPins(items: readonly RingItem[], pinned: readonly boolean[]): number[] {
  const pins = items
    .map((_, i) => i)
    .filter((i) => pinned[i])
    .sort((a, b) => normalizeRadians(items[a]!.desired) - normalizeRadians(items[b]!.desired) || a - b);
  if (pins.length === 0) return packRing(items);
  const angles = items.map((item) => normalizeRadians(item.desired));
  // Stretch k runs from pin k to pin k + 1, clockwise, between the two pins' edges.
  // The pins are in ascending order of angle, so only the last stretch wraps round past the full turn.
  const stretches = pins.map((p, k) => {
    const next = pins[(k + 1) % pins.length]!;
    const to = k === pins.length - 1 ? angles[next]! + FULL_TURN : angles[next]!;
    return { start: angles[p]! + items[p]!.half, end: to - items[next]!.half, members: [] as number[] };
  });
  const home = (i: number): number => {
    const a = angles[i]!;
    let k = 0;
    // The last pin at or before the angle, going clockwise from the first pin.
    const first = angles[pins[0]!]!;
    const offset = normalizeRadians(a - first);
    for (let j = 0; j < pins.length; j++) if (normalizeRadians(angles[pins[j]!]! - first) <= offset) k = j;
    return k;
  };
  // Where an item stands within stretch k, measured clockwise from the stretch's first pin.
  const within = (i: number, k: number): number => {
    const pin = pins[k]!;
    return normalizeRadians(angles[i]! - angles[pin]!) + angles[pin]!;
  };
  items.forEach((_, i) => {
    if (!pinned[i]) stretches[home(i)]!.members.push(i);
  });
  const free = (k: number): number => {
    const s = stretches[k]!;
    return s.end - s.start - s.members.reduce((sum, i) => sum + 2 * items[i]!.half, 0);
  };
  for (let guard = 0; guard < items.length * pins.length; guard++) {
    const k = stretches.findIndex((s, j) => free(j) < -1e-12 && s.members.length > 0);
    if (k < 0) break;
    const s = stretches[k]!;
    // Pass someone on towards whichever neighbouring stretch has more room: whoever stands nearest that end.
    const [prev, next] = [(k - 1 + pins.length) % pins.length, (k + 1) % pins.length];
    if (Math.max(free(prev), free(next)) <= 0 && stretches.every((_, j) => free(j) <= 1e-12)) break;
    const side = free(next) >= free(prev) ? 1 : -1;
    let best = s.members[0]!;
    for (const i of s.members) {
      if (side === 1 ? within(i, k) > within(best, k) : within(i, k) < within(best, k)) best = i;
    }
    s.members.splice(s.members.indexOf(best), 1);
    const target = stretches[side === 1 ? next : prev]!;
    target.members.push(best);
    angles[best] = normalizeRadians(side === 1 ? target.start + items[best]!.half : target.end - items[best]!.half);
  }
  stretches.forEach((s, k) => {
    if (s.members.length === 0) return;
    const arc = { centre: (s.start + s.end) / 2, half: Math.max(0, (s.end - s.start) / 2) };
    const packed = packArc(
      s.members.map((i) => ({ ...items[i]!, desired: within(i, k) })),
      arc,
    );
    s.members.forEach((i, j) => (angles[i] = packed[j]!));
  });
  return angles;
}
