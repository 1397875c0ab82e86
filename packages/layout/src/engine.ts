import { hintAngle, keptRingRadius, RelmapError, type Inventory, type RecordLayoutArgs } from '@relmap/core';
import { forceCollide, forceSimulation, type Simulation } from 'd3-force';
import { angleDelta, polarAngle, polarPoint, toDegrees } from './angles.ts';
import { lcg } from './hash.ts';
import { homeForce } from './home-force.ts';
import { createClientNode, createNode, type LayoutNode } from './layout-node.ts';
import { obstacleForce } from './obstacle-force.ts';
import { resolveOptions, type LayoutOptions, type ResolvedOptions } from './options.ts';
import { placeIncremental } from './place-incremental.ts';
import { readInventory } from './read-inventory.ts';
import { homesAtRest, outsideArc, placedAtRest } from './rest-check.ts';
import { ringForce } from './ring-force.ts';
import { nearestRingIndex, ringRadiiOf } from './ring-geometry.ts';
import { sectorForce } from './sector-force.ts';
import { assignSectorArcs } from './assign-sector-arcs.ts';
import { countSectors, sectorRanges, type SectorRange } from './sectors.ts';
import { seedFresh, seedFromHints } from './seed.ts';
import { takeSnapshot, type LayoutSnapshot } from './snapshot.ts';
import { TUNING } from './tuning.ts';

/** How `LayoutEngine.update` treats the people already on the map. */
export interface UpdateOptions {
  /**
   * Lay everyone out afresh, exactly as `computeLayout` would, instead of keeping people where they are. Use it
   * when a different inventory is loaded. A fresh layout also happens by itself when the engine is empty, when
   * nobody on the map is in the new inventory, and when sectors are switched on or off.
   */
  readonly fresh?: boolean;
  /**
   * Let the simulation carry people already on the map to their new places over the next ticks (a person moved
   * to another ring travels there; neighbours slide aside), instead of putting them there at once. New people
   * appear in place either way. `settle()` afterwards gives the same picture, give or take the rest tolerance.
   */
  readonly animate?: boolean;
  /**
   * Keep people already on the map where they are even where the new inventory remembers them elsewhere
   * (`person.hint`): the inventory is laid out as if it had been edited from the one on the map. A comparison
   * lays a later snapshot out this way from the earlier one. People new to the map still start from their hints.
   */
  readonly keepPlaces?: boolean;
}

/**
 * A running, ring-constrained force layout of one inventory. It owns plain mutable nodes, separate from the
 * (frozen) inventory, and a d3-force simulation that never runs on a timer: the caller advances it with `tick()`
 * (once per animation frame) or runs it to rest with `settle()` (before the first paint, or when motion is
 * reduced). Feed it each new inventory with `update()`; people already on the map stay where they are.
 */
export class LayoutEngine {
  #options: ResolvedOptions;
  #given: LayoutOptions;
  #inventory: Inventory | undefined;
  readonly #simulation: Simulation<LayoutNode, undefined>;
  readonly #client: LayoutNode;
  readonly #byId = new Map<string, LayoutNode>();
  readonly #dragging = new Set<LayoutNode>();
  #people: LayoutNode[] = [];
  #radii: number[] = [];
  #ranges: SectorRange[] = [];
  #sectors = false;
  #tieKey = '';
  #moving = false;
  #calm = 0;

  /** Creates an empty engine; give it an inventory with `update()`. Throws a `RelmapError` on a bad option. */
  constructor(options: LayoutOptions = {}) {
    this.#options = resolveOptions(options);
    this.#given = options;
    this.#client = createClientNode(this.#options.clientRadius);
    // Stopped at once: d3 must never tick on its own timer; the caller decides when time passes.
    this.#simulation = forceSimulation<LayoutNode>([this.#client])
      .stop()
      .randomSource(lcg(TUNING.seed))
      .alpha(0)
      .alphaDecay(TUNING.alphaDecay)
      .velocityDecay(TUNING.velocityDecay)
      .force('ring', ringForce(TUNING.radialStrength))
      .force('home', homeForce().strength(TUNING.homeStrength))
      .force('sector', sectorForce().strength(TUNING.sectorStrength))
      // Last, so that it sees (and undoes) any overlap the other forces were about to cause in this very tick.
      .force('collide', forceCollide<LayoutNode>((n) => n.size.radius).iterations(TUNING.collideIterations))
      .force('obstacles', obstacleForce());
  }

  /** The simulation's current heat: high after a change, falling towards 0 as the layout comes to rest. */
  get alpha(): number {
    return this.#simulation.alpha();
  }

  /** Whether the layout is still moving, so that a caller animating it should keep calling `tick()`. */
  get moving(): boolean {
    return this.#moving;
  }

  /**
   * Brings the layout up to date with an inventory. People already on the map keep their positions (moving in or
   * out only with their ring, if its radius had to change); a person whose ring changed keeps their angle on the
   * new ring, or takes a free spot near it; a new person goes next to the people they are tied to, or into the
   * widest gap of their ring; pinned people go to their pin. Where there is no room, the nearest neighbours shift
   * aside as little as they can. Everyone is placed at rest, so a couple of ticks settle the layout (see
   * `UpdateOptions.animate` to let the ticks carry people instead). An update that changes nothing the layout
   * reads (a note, a conflict level) does not wake it at all.
   */
  update(inventory: Inventory, options: UpdateOptions = {}): void {
    const steps = this.updating(inventory, options);
    while (steps.next().done !== true);
  }

  /**
   * `update()` in steps, for a caller that must not hold the thread for long (the first paint of a map of hundreds
   * of people): each `next()` does a short part of the work (reading the inventory, seeding a ring, a round of
   * drawing tied people together) and the finished run leaves exactly what `update()` leaves. Only a fresh layout
   * is worth running in steps: an incremental update is one step. Run it to the end before using the engine
   * otherwise, since people may be half placed until then (a snapshot taken meanwhile shows them so).
   */
  *updating(inventory: Inventory, options: UpdateOptions = {}): Generator<void, void, undefined> {
    this.#inventory = inventory;
    const input = readInventory(inventory, this.#options);
    const fresh = options.fresh === true || this.#byId.size === 0 || input.sectors !== this.#sectors || !input.people.some((p) => this.#byId.has(p.id));
    let changed = fresh || input.people.length !== this.#byId.size;

    // Remembered radii come first: a ring keeps the radius the document remembers while its people fit (SPEC L16).
    const radii = ringRadiiOf(input, this.#options, input.ringRadii ?? (fresh ? undefined : this.#radii));
    if (radii.length !== this.#radii.length || radii.some((r, i) => r !== this.#radii[i])) changed = true;
    const ranges = sectorRanges(countSectors(input.people));

    const client = this.#client;
    if (client.size.radius !== input.client.radius || client.label !== inventory.client.label) changed = true;
    client.size = input.client;
    client.label = inventory.client.label;

    const entering = new Set<LayoutNode>();
    const moved = new Set<LayoutNode>();
    const resized = new Set<LayoutNode>();
    const people: LayoutNode[] = [];
    const byId = new Map<string, LayoutNode>();
    const animate = options.animate === true;
    const keep = options.keepPlaces === true;
    const previous = new Map<LayoutNode, { x: number; y: number }>();
    for (const spec of input.people) {
      let node = this.#byId.get(spec.id);
      if (node === undefined) {
        node = createNode(spec);
        entering.add(node);
      } else {
        previous.set(node, { x: node.x, y: node.y });
        if (node.ring !== spec.ring || (input.sectors && node.sector !== spec.sector)) moved.add(node);
        if (node.pin !== spec.pin) {
          // A new pin is the new home; a released pin leaves the person at home where they stand.
          node.home = spec.pin ?? polarAngle(node.x, node.y);
          resized.add(node);
        }
        if (node.size.radius !== spec.size.radius) resized.add(node);
        node.ring = spec.ring;
        node.category = spec.category;
        node.sector = spec.sector;
        node.label = spec.label;
        node.size = spec.size;
        node.pin = spec.pin;
        node.hint = keep ? undefined : spec.hint;
        if (!fresh && node.hint !== undefined && angleDelta(node.home, node.hint) !== 0) {
          // The document remembers the person elsewhere (an undo, a redo, a remembered angle rounded to its
          // step): that is their home now, and the ring is checked for room around it (SPEC L16).
          node.home = node.hint;
          if (!animate && !this.#dragging.has(node)) {
            const p = polarPoint(Math.hypot(node.x, node.y), node.hint);
            node.x = p.x;
            node.y = p.y;
          }
          resized.add(node);
        }
      }
      node.target = radii[spec.ring - 1]!;
      people.push(node);
      byId.set(spec.id, node);
    }
    const arcs = assignSectorArcs(people, radii, ranges, input.sectors);
    if (!fresh && input.sectors) {
      // A sector whose share of the circle shrank leaves its outermost people outside it: they move into it now,
      // so that placement, not the simulation, decides where they go (and what is remembered is at rest).
      for (const n of people) {
        if (!entering.has(n) && n.pin === undefined && outsideArc(n, n.home, n.target)) moved.add(n);
      }
    }
    if (entering.size > 0 || moved.size > 0 || resized.size > 0) changed = true;

    const tieKey = input.ties.map((t) => `${t.a}\u0000${t.b}`).join('\n');
    if (tieKey !== this.#tieKey) changed = true;

    if (fresh) {
      yield;
      if (people.some((n) => n.pin === undefined && n.hint !== undefined)) seedFromHints(people, radii, arcs, input.ties);
      else yield* seedFresh(people, radii, arcs, input.ties);
      if (animate) {
        // People already on the map travel to their new places instead of jumping there.
        for (const [n, p] of previous) {
          n.x = p.x;
          n.y = p.y;
          n.vx = n.vy = 0;
        }
      }
    } else {
      placeIncremental({
        nodes: people,
        entering,
        moved,
        resized,
        previousRadii: this.#radii,
        radii,
        ties: input.ties,
        arcs,
        animate,
      });
    }
    for (const n of people) this.#fix(n);
    // Placement worked in place, with rounding along the way; at home the picture is exactly the one a reload draws.
    if (!animate) this.#snapHome(people, radii);

    for (const n of this.#byId.values()) if (!byId.has(n.id)) this.#dragging.delete(n);
    this.#people = people;
    this.#byId.clear();
    for (const [id, n] of byId) this.#byId.set(id, n);
    this.#radii = radii;
    this.#ranges = ranges;
    this.#sectors = input.sectors;
    this.#tieKey = tieKey;

    this.#simulation.nodes([client, ...people]);

    if (fresh) this.#wake(TUNING.freshAlpha);
    else if (changed) this.#wake(TUNING.updateAlpha);
    // Placement usually leaves everyone at rest; then there is nothing to tick.
    if (this.#moving && this.#dragging.size === 0 && placedAtRest(people, radii)) this.#rest();
  }

  /**
   * Changes some options, keeping the others, and brings the layout up to date as an `update()` would: a new
   * `label` (say, aliases instead of names on a shared screen) resizes people where they stand, and their
   * neighbours make room. Throws a `RelmapError` on a bad option.
   */
  setOptions(options: LayoutOptions): void {
    const given = { ...this.#given, ...options };
    this.#options = resolveOptions(given);
    this.#given = given;
    if (this.#inventory !== undefined) this.update(this.#inventory);
  }

  /**
   * Advances the layout by `n` ticks (default 1) and says whether it is still moving. It comes to rest as soon as
   * no person moves more than a hair (`restSpeed`) in two ticks running, or at the latest when the heat falls
   * below d3's `alphaMin`. At rest, `tick()` does nothing and returns `false` until an update or a drag wakes the
   * layout.
   */
  tick(n = 1): boolean {
    for (let i = 0; i < n && this.#moving; i++) {
      this.#simulation.tick();
      let fastest = 0;
      for (const node of this.#people) {
        const speed = node.vx * node.vx + node.vy * node.vy;
        if (speed > fastest) fastest = speed;
      }
      // Two calm ticks in a row, because a spring swinging back passes through a standstill on the way.
      this.#calm = fastest < TUNING.restSpeed * TUNING.restSpeed ? this.#calm + 1 : 0;
      if (this.#calm >= 2 || this.#simulation.alpha() < this.#simulation.alphaMin()) this.#rest();
    }
    return this.#moving;
  }

  /** Runs ticks synchronously until the layout is at rest or `maxTicks` have run; returns how many ran. */
  settle(maxTicks: number = this.#options.maxTicks): number {
    let ticks = 0;
    while (this.#moving && ticks < maxTicks) {
      this.tick();
      ticks++;
    }
    return ticks;
  }

  /** The current positions, ring radii, sectors and extent, as immutable data. */
  snapshot(): LayoutSnapshot {
    return takeSnapshot(this.#client, this.#people, this.#radii, this.#sectors ? this.#ranges : []);
  }

  /**
   * Holds a person at a point while the user drags them, and wakes the layout gently so that others make room.
   * Throws a `RelmapError` if no such person is on the map.
   */
  drag(id: string, x: number, y: number): void {
    const node = this.#node(id);
    this.#dragging.add(node);
    node.fx = node.x = x;
    node.fy = node.y = y;
    this.#simulation.alphaTarget(TUNING.dragAlpha);
    this.#wake(TUNING.dragAlpha);
  }

  /**
   * Lets go of a dragged person. A pinned person returns to their pin and anyone else drifts back to their ring,
   * until the host commits the drop (typically `setCloseness` with `nearestRing` and `setPin` with `angleOf`) and
   * calls `update()`. Throws a `RelmapError` if no such person is on the map.
   */
  release(id: string): void {
    const node = this.#node(id);
    this.#dragging.delete(node);
    this.#fix(node);
    if (this.#dragging.size === 0) this.#simulation.alphaTarget(0);
    this.#wake(TUNING.updateAlpha);
  }

  /** The ring (1 = innermost) whose radius is nearest to the point's distance from the centre. */
  nearestRing(x: number, y: number): number {
    return nearestRingIndex(this.#radii, Math.hypot(x, y));
  }

  /** The angle of a point around the centre, in degrees clockwise from 12 o'clock, in [0, 360). */
  angleOf(x: number, y: number): number {
    return toDegrees(polarAngle(x, y));
  }

  /**
   * What `recordLayout` needs so that the inventory on the map remembers this picture: every free person's home
   * angle (where the layout settles them) and every ring's radius, kept to core's steps, and `null` for a pinned
   * person's hint; only what differs from what the inventory already holds. `undefined` when nothing differs.
   */
  record(): RecordLayoutArgs | undefined {
    const inventory = this.#inventory;
    if (inventory === undefined) return undefined;
    const hints: Record<string, number | null> = {};
    let some = false;
    for (const n of this.#people) {
      const kept = inventory.people[n.id]?.hint;
      if (n.pin !== undefined) {
        if (kept !== undefined) [hints[n.id], some] = [null, true];
        continue;
      }
      const angle = hintAngle(toDegrees(n.home));
      if (kept?.angle !== angle) [hints[n.id], some] = [angle, true];
    }
    const radii = this.#radii.map(keptRingRadius);
    const known = inventory.settings.ringRadii;
    const sameRadii = known !== undefined && known.length === radii.length && known.every((r, i) => r === radii[i]);
    if (!some && sameRadii) return undefined;
    return { ...(some ? { hints } : {}), ...(sameRadii ? {} : { ringRadii: radii }) };
  }

  /**
   * Comes to rest after ticking. Unless someone is being dragged, people go exactly to their homes when those are
   * at rest together (SPEC L16): the ticks came within a hair of them, and the picture is then the one remembered.
   */
  #rest(): void {
    this.#snapHome(this.#people, this.#radii);
    this.stop();
  }

  /** Puts every free person exactly at home, if nobody is being dragged and the homes are at rest together. */
  #snapHome(people: readonly LayoutNode[], radii: readonly number[]): void {
    if (this.#dragging.size > 0 || !homesAtRest(people, radii)) return;
    for (const n of people) {
      if (n.pin !== undefined) continue;
      const p = polarPoint(n.target, n.home);
      n.x = p.x;
      n.y = p.y;
    }
  }

  /** Brings the layout to rest at once, where it stands: heat to 0 and every velocity to 0. */
  stop(): void {
    this.#simulation.alpha(0);
    for (const node of this.#people) node.vx = node.vy = 0;
    this.#moving = false;
    this.#calm = 0;
  }

  /** Sets the layout moving, with at least the given heat. */
  #wake(alpha: number): void {
    this.#simulation.alpha(Math.max(this.#simulation.alpha(), alpha));
    this.#moving = true;
    this.#calm = 0;
  }

  #node(id: string): LayoutNode {
    const node = this.#byId.get(id);
    if (node === undefined) throw new RelmapError('not-found', 'id', `no person "${id}" is on the map.`);
    return node;
  }

  /** Fixes a pinned node at its pin, frees an unpinned one; a node being dragged stays where the pointer is. */
  #fix(node: LayoutNode): void {
    if (this.#dragging.has(node)) return;
    if (node.pin === undefined) {
      node.fx = node.fy = null;
      return;
    }
    const p = polarPoint(node.target, node.pin);
    node.fx = node.x = p.x;
    node.fy = node.y = p.y;
  }
}
