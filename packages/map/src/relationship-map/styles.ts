import { css } from 'lit';

export { waysStyles } from './ways-styles.ts';

/** The element's styles. Everything a host may theme is a `--relmap-*` custom property or a `::part`. */
export const mapStyles = css`
  :host {
    --_bg: var(--relmap-background, #fbfaf7);
    --_fg: var(--relmap-foreground, #1f2430);
    --_muted-fg: var(--relmap-muted-foreground, #5b6272);
    --_ring: var(--relmap-ring-color, #c9cfdb);
    --_ring-fill: var(--relmap-ring-fill, #f1f3f7);
    --_ring-fill-inner: var(--relmap-ring-fill-inner, #e6eaf2);
    --_client-fill: var(--relmap-client-fill, #2b3140);
    --_client-fg: var(--relmap-client-foreground, #ffffff);
    --_accent: var(--relmap-accent, #2f5d8a);
    --_highlight: var(--relmap-highlight-color, #d99a00);
    --_focus: var(--relmap-focus-color, #b4541a);
    --_surface: var(--relmap-surface, #ffffff);
    --_border: var(--relmap-border-color, #d5d9e2);
    --relmap-line-color: var(--relmap-line, #3a4252);
    --relmap-conflict-color: var(--relmap-conflict, #a8322d);
    --_label-size: var(--relmap-label-size, 13px);
    --_small-label-size: var(--relmap-small-label-size, 12px);
    display: block;
    position: relative;
    min-height: 320px;
    height: 560px;
    color: var(--_fg);
    background: var(--_bg);
    font-family: var(--relmap-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--relmap-font-size, 14px);
    contain: layout paint;
    container: relmap / inline-size;
    overflow: hidden;
    border-radius: var(--relmap-radius, 8px);
  }
  :host([theme='dark']) {
    --_bg: var(--relmap-background, #161a22);
    --_fg: var(--relmap-foreground, #e8ebf2);
    --_muted-fg: var(--relmap-muted-foreground, #a3abbb);
    --_ring: var(--relmap-ring-color, #3b4355);
    --_ring-fill: var(--relmap-ring-fill, #1d222c);
    --_ring-fill-inner: var(--relmap-ring-fill-inner, #242a36);
    --_client-fill: var(--relmap-client-fill, #d5dae4);
    --_client-fg: var(--relmap-client-foreground, #0d1117);
    --_accent: var(--relmap-accent, #8db7e3);
    --_highlight: var(--relmap-highlight-color, #f2c14e);
    --_focus: var(--relmap-focus-color, #f0a35e);
    --_surface: var(--relmap-surface, #1f2430);
    --_border: var(--relmap-border-color, #3b4355);
    --relmap-line-color: var(--relmap-line, #c9d1e0);
    --relmap-conflict-color: var(--relmap-conflict, #f08a7e);
  }
  :host([presenting]) {
    font-size: var(--relmap-presenting-font-size, 17px);
    --_label-size: var(--relmap-label-size, 16px);
    --_small-label-size: var(--relmap-small-label-size, 13px);
  }
  /* Presenting over a video call: softer, lower-contrast fills and heavier marks that survive compression. */
  :host([presenting]:not([theme='dark'])) {
    --_bg: var(--relmap-background, #f6f4ef);
    --_ring: var(--relmap-ring-color, #cfd3c8);
    --_ring-fill: var(--relmap-ring-fill, #eef0ea);
    --_ring-fill-inner: var(--relmap-ring-fill-inner, #e2e8df);
    --_accent: var(--relmap-accent, #3d6a63);
  }
  :host([presenting]) .label {
    font-weight: 600;
    --_halo: 5px;
  }
  .blank {
    display: grid;
    grid-template: 1fr / 1fr;
    place-items: center;
    background: var(--_bg);
    color: var(--_muted-fg);
    outline: none;
  }
  .blank:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  .blank p {
    margin: 0;
    font-size: 1.1em;
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    position: absolute;
    inset: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-rows: auto minmax(0, 1fr) auto;
    grid-template-areas: 'toolbar toolbar' 'map legend' 'add add';
  }
  svg.map {
    grid-area: map;
    display: block;
    width: 100%;
    height: 100%;
    min-height: 0;
    /* The drawing alone takes fingers from the browser (pinch, pan, drag); around it, the page still zooms and scrolls. */
    touch-action: none;
    user-select: none;
    -webkit-user-select: none;
    -webkit-touch-callout: none;
    outline: none;
  }
  svg.map:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  .ring {
    fill: var(--_ring-fill);
    stroke: var(--_ring);
    stroke-width: 1.5;
    vector-effect: non-scaling-stroke;
  }
  .ring-1 {
    fill: var(--_ring-fill-inner);
  }
  .ring.target {
    stroke: var(--_accent);
    stroke-width: 4;
    stroke-dasharray: 10 6;
  }
  /*
   * Text keeps its size on screen when the map is zoomed out (rule M40): its size in the drawing's units is divided
   * by the zoom (--k, set with the view), and only zooming in past 1 makes it larger.
   */
  .ring-label,
  .dates {
    font-size: max(var(--_small-label-size), calc(var(--_small-label-size) / var(--k, 1)));
  }
  .label,
  .client-label {
    font-size: max(var(--_label-size), calc(var(--_label-size) / var(--k, 1)));
    dominant-baseline: central;
  }
  .ring-label {
    fill: var(--_muted-fg);
    dominant-baseline: central;
    paint-order: stroke;
    stroke: var(--_ring-fill);
    stroke-width: max(3px, calc(3px / var(--k, 1)));
    stroke-linejoin: round;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    text-anchor: middle;
    pointer-events: none;
  }
  /* Sectors are drawn quietly: they group, they do not compete with the people and their lines. */
  .sector-divider {
    fill: none;
    stroke: var(--_ring);
    stroke-width: 1.5;
    stroke-dasharray: 6 5;
    vector-effect: non-scaling-stroke;
  }
  .sector-arc {
    fill: none;
    stroke: none;
  }
  .sector-label {
    fill: var(--_muted-fg);
    font-size: 13px;
    font-weight: 600;
    letter-spacing: 0.08em;
    text-transform: uppercase;
    text-anchor: middle;
    pointer-events: none;
  }
  .client-symbol {
    fill: var(--_client-fill);
  }
  .client-label {
    fill: var(--_client-fg);
    paint-order: stroke;
    stroke: var(--_client-fill);
    stroke-width: max(6px, calc(6px / var(--k, 1)));
    stroke-linejoin: round;
    font-weight: 600;
    text-anchor: middle;
    pointer-events: none;
  }
  .person {
    cursor: grab;
    outline: none;
  }
  :host([readonly]) .person {
    cursor: pointer;
  }
  .person.dragging {
    cursor: grabbing;
  }
  .person .focus-ring {
    fill: none;
    stroke: none;
  }
  .person:focus-visible .focus-ring,
  .person.active-focus .focus-ring {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .person .halo {
    fill: color-mix(in srgb, var(--_highlight) 35%, transparent);
    stroke: var(--_highlight);
    stroke-width: 3;
  }
  .label,
  .dates {
    fill: var(--_fg);
    text-anchor: middle;
    dominant-baseline: central;
    /* The halo (rule M42): a band of the background around every letter, so a line that must pass stays behind it. */
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: max(var(--_halo, 4px), calc(var(--_halo, 4px) / var(--k, 1)));
    stroke-linejoin: round;
    unicode-bidi: plaintext;
    pointer-events: none;
  }
  .label {
    font-weight: 500;
  }
  /* A label with no free side at this zoom (rule M43); the map says how many and offers the ways through. */
  .label-hidden {
    display: none;
  }
  /* Labels are placed once the first paint has drawn everyone (rule M51): not drawn where they would stand before. */
  .map[aria-busy='true'] :is(.label, .dates) {
    display: none;
  }
  .dates {
    fill: var(--_muted-fg);
  }
  /* A crowded map's client lines are quieter (rule M45); conflict keeps its colour, which carries meaning. */
  .lines.crowded .line--client {
    opacity: 0.35;
  }
  .lines.crowded .line--client.line--zigzag,
  .lines.crowded .line--client.line--heavy-zigzag {
    opacity: 0.75;
  }
  /* During a drag, what moves is drawn on layers of its own, so that the rest of the map is not repainted; the
     people themselves stay in the map, invisible, while their copies move (draw-lines.ts). */
  .lines-live,
  .people-live {
    will-change: transform;
  }
  .people .person.live {
    opacity: 0;
  }
  .people-live {
    pointer-events: none;
  }
  .link-preview {
    stroke: var(--_focus);
    stroke-width: 2;
    stroke-dasharray: 6 4;
    pointer-events: none;
  }
  .empty {
    fill: var(--_muted-fg);
    text-anchor: middle;
  }
  .toolbar {
    grid-area: toolbar;
    padding: 8px 8px 0;
    display: flex;
    gap: 4px 12px;
    flex-wrap: wrap;
  }
  .toolbar .tools {
    display: flex;
    gap: 4px;
    flex-wrap: wrap;
  }
  .quick-add {
    grid-area: add;
    padding: 0 8px 8px;
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
  }
  button,
  input,
  select {
    font: inherit;
    color: var(--_fg);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 6px;
    padding: 6px 10px;
    min-height: 34px;
  }
  button {
    cursor: pointer;
    /* Quick taps (zoom in, zoom in) are taps, not the browser's double-tap zoom. */
    touch-action: manipulation;
  }
  /* A fingertip needs a 44 px target. */
  @media (pointer: coarse) {
    button,
    input,
    select {
      min-height: 44px;
    }
  }
  button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_bg);
  }
  button:disabled {
    opacity: 0.45;
    cursor: default;
  }
  :is(button, input, select):focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
  }
  /* The name field takes what the ring picker and the button leave, and wraps onto a line of its own when narrow. */
  .quick-add input {
    flex: 1 1 12em;
    min-width: 0;
    max-width: 26em;
  }
  .quick-add select {
    flex: 0 1 auto;
    min-width: 0;
  }
  .rename {
    position: absolute;
    left: var(--x, 0);
    top: var(--y, 0);
    transform: translate(-50%, 0);
    width: 12em;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0, 0, 0, 0);
    white-space: nowrap;
    border: 0;
  }
  @container relmap (max-width: 560px) {
    .base {
      grid-template-columns: minmax(0, 1fr);
      grid-template-areas: 'toolbar' 'map' 'legend' 'add';
      grid-template-rows: auto minmax(0, 1fr) auto auto;
    }
    /* The name on a line of its own, the ring and the button under it: nothing of the form is cut off. */
    .quick-add input {
      flex-basis: 100%;
      max-width: none;
    }
    .quick-add select {
      flex: 1 1 auto;
    }
  }
  /* Keyboard focus keeps its on-screen width at any zoom, so it stays visible on a zoomed-out map. */
  .person .focus-ring {
    vector-effect: non-scaling-stroke;
  }
`;
