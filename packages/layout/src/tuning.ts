/**
 * The simulation's constants, in one place so that tests and benchmarks speak of the same numbers. They were
 * chosen by measurement (see bench/RESULTS.md, "Layout convergence"): seeding puts people almost at rest, so the
 * simulation starts cool and cools fast.
 */
export const TUNING = {
  /** Seed of the generator behind d3's jiggle. */
  seed: 1,
  /** How hard a person is held at their ring's radius. */
  radialStrength: 0.8,
  /** Collision passes per tick. */
  collideIterations: 1,
  /** How hard people are drawn back to their home angle, as a share of the offset per unit of heat. */
  homeStrength: 0.5,
  /**
   * In seeding, a tie's weight relative to a person's hold on their evenly spread angle, divided by the lesser
   * number of ties of its two ends (so a person with one tie moves half way to the other end, as far as the ring
   * allows).
   */
  tieWeight: 1,
  /** Rounds of `relaxAngles` in a fresh layout. */
  relaxRounds: 5,
  /** How hard people outside their sector are pulled back. */
  sectorStrength: 0.5,
  /** Starting heat of a fresh layout. */
  freshAlpha: 0.3,
  /** Heat an incremental update raises the layout to, at least. */
  updateAlpha: 0.1,
  /** Heat held while someone is dragged. */
  dragAlpha: 0.05,
  /** How fast the heat falls per tick. */
  alphaDecay: 0.05,
  /** d3's friction: the share of velocity lost per tick. */
  velocityDecay: 0.4,
  /** The layout is at rest once nobody moves more than this (in units) in a tick. */
  restSpeed: 0.02,
} as const;
