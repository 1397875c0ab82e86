import { css } from 'lit';

/** The timeline's styles; it takes the same `--relmap-*` custom properties as the map, so one theme serves both. */
export const timelineStyles = css`
  :host {
    --_bg: var(--relmap-background, #fbfaf7);
    --_fg: var(--relmap-foreground, #1f2430);
    --_muted-fg: var(--relmap-muted-foreground, #5b6272);
    --_focus: var(--relmap-focus-color, #b4541a);
    --_surface: var(--relmap-surface, #ffffff);
    --_border: var(--relmap-border-color, #d5d9e2);
    --_accent: var(--relmap-accent, #2f5d8a);
    --_highlight: var(--relmap-highlight-color, #d99a00);
    --_onset: var(--relmap-onset-color, #7a3e9d);
    --_event: #8a92a3;
    --_goal: var(--relmap-goal-color, #23704f);
    display: block;
    color: var(--_fg);
    background: var(--_bg);
    font-family: var(--relmap-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--relmap-font-size, 14px);
    container-type: inline-size;
  }
  :host([theme='dark']) {
    --_bg: var(--relmap-background, #161a22);
    --_fg: var(--relmap-foreground, #e8ebf2);
    --_muted-fg: var(--relmap-muted-foreground, #a3abbb);
    --_focus: var(--relmap-focus-color, #f0a35e);
    --_surface: var(--relmap-surface, #1f2430);
    --_border: var(--relmap-border-color, #3b4355);
    --_accent: var(--relmap-accent, #8db7e3);
    --_highlight: var(--relmap-highlight-color, #f2c14e);
    --_onset: var(--relmap-onset-color, #c9a0e8);
    --_event: #7d8596;
    --_goal: var(--relmap-goal-color, #7fd1a8);
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    padding: 8px 0;
  }
  .title {
    font-weight: 600;
    margin: 0 0 6px;
  }
  .note {
    color: var(--_muted-fg);
    margin: 6px 0;
  }
  /* The axis. */
  /* Shadows at an end that has more to scroll to: the covers scroll with the content, the shadows stay. */
  .axis-scroll {
    overflow-x: auto;
    overflow-y: hidden;
    border: 1px solid var(--_border);
    border-radius: 6px;
    /* On one line: a value with var() keeps its white space, which the package build's minifier would change. */
    background: linear-gradient(to right, var(--_surface) 30%, transparent) left / 40px 100% no-repeat local, linear-gradient(to left, var(--_surface) 30%, transparent) right / 40px 100% no-repeat local, radial-gradient(farthest-side at 0 50%, color-mix(in srgb, var(--_fg) 28%, transparent), transparent) left / 14px 100% no-repeat scroll, radial-gradient(farthest-side at 100% 50%, color-mix(in srgb, var(--_fg) 28%, transparent), transparent) right / 14px 100% no-repeat scroll, var(--_surface);
  }
  .axis-scroll:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
  }
  .axis {
    position: relative;
  }
  .baseline {
    position: absolute;
    left: 0;
    right: 0;
    border-top: 1px solid var(--_muted-fg);
  }
  .tick {
    position: absolute;
    height: 30px;
    border-left: 1px solid var(--_border);
    font-size: 12px;
    color: var(--_muted-fg);
  }
  .tick.major {
    border-left-color: var(--_muted-fg);
  }
  .tick span {
    position: absolute;
    top: 8px;
    transform: translateX(-50%);
    white-space: nowrap;
  }
  /* A label at an end of the axis starts or ends at its tick rather than being cut off. */
  .tick.start span {
    transform: translateX(2px);
  }
  .tick.end span {
    transform: translateX(calc(-100% - 2px));
  }
  .onset-band {
    position: absolute;
    top: 0;
    background: repeating-linear-gradient(135deg, color-mix(in srgb, var(--_onset) 22%, transparent) 0 6px, transparent 6px 12px);
    border-left: 2px solid var(--_onset);
  }
  .mark {
    position: absolute;
    height: 36px;
    cursor: pointer;
  }
  .bar,
  .dot {
    display: block;
    height: 10px;
    margin-top: 4px;
    background: var(--_event);
    border: 2px solid transparent;
    box-sizing: border-box;
  }
  .bar {
    border-radius: 3px;
  }
  .dot {
    width: 12px;
    height: 12px;
    margin-top: 3px;
    border-radius: 50%;
  }
  .mark.end .text {
    text-align: right;
  }
  .text {
    display: block;
    margin-top: 3px;
    font-size: 12px;
    line-height: 16px;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .kind-death :is(.bar, .dot) {
    background: var(--_fg);
  }
  .kind-symptom-onset :is(.bar, .dot) {
    background: var(--_onset);
  }
  /* A goal's review is a diamond on its day, a dashed bar over a month or year; its agreement the same, hollow. */
  :is(.kind-goal-review, .kind-goal-agreed) .dot {
    border-radius: 1px;
    transform: rotate(45deg) scale(0.8);
    background: var(--_goal);
  }
  .kind-goal-review .bar {
    background: repeating-linear-gradient(90deg, var(--_goal) 0 6px, transparent 6px 9px);
    border-color: var(--_goal);
  }
  .kind-goal-agreed :is(.bar, .dot) {
    background: var(--_surface);
    border: 2px solid var(--_goal);
  }
  .focus-focus :is(.bar, .dot) {
    background: var(--_surface);
    border: 2px dashed var(--_accent);
  }
  .focus-primary :is(.bar, .dot) {
    background: var(--_accent);
    border: 2px solid var(--_fg);
  }
  .mark.focus-primary .text {
    font-weight: 600;
  }
  .mark.related :is(.bar, .dot) {
    box-shadow: 0 0 0 3px var(--_highlight);
  }
  .mark.selected :is(.bar, .dot),
  .mark.active:is(.selected) :is(.bar, .dot) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .mark.selected .text {
    font-weight: 700;
    text-decoration: underline;
  }
  /* The list. */
  .list {
    list-style: none;
    margin: 10px 0 0;
    padding: 0;
    display: grid;
    gap: 6px;
  }
  .item {
    position: relative;
    display: grid;
    grid-template-columns: minmax(8em, 11em) 1fr;
    gap: 2px 12px;
    padding: 6px 10px;
    border: 1px solid var(--_border);
    border-left: 6px solid var(--_event);
    border-radius: 6px;
    background: var(--_surface);
    cursor: pointer;
  }
  .item > :not(.date) {
    grid-column: 2;
  }
  .item .date {
    grid-row: 1 / span 4;
    color: var(--_muted-fg);
  }
  .item .kind {
    font-weight: 600;
  }
  .sep {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .item .people {
    color: var(--_muted-fg);
  }
  .item.kind-death {
    border-left-color: var(--_fg);
  }
  .item.kind-symptom-onset {
    border-left-color: var(--_onset);
  }
  .item:is(.kind-goal-review, .kind-goal-agreed) {
    border-left: 6px dashed var(--_goal);
  }
  .item .goal {
    font-style: italic;
  }
  .item .review-note {
    color: var(--_muted-fg);
  }
  .item.focus-focus {
    border-left: 6px double var(--_accent);
  }
  .item.focus-primary {
    border-left: 6px solid var(--_accent);
  }
  .badge {
    justify-self: start;
    font-size: 12px;
    padding: 0 6px;
    border-radius: 4px;
    border: 1px solid currentColor;
  }
  .badge.focus {
    color: var(--_accent);
  }
  .badge.related {
    border-color: var(--_highlight);
    box-shadow: inset 3px 0 0 var(--_highlight);
  }
  .item.related {
    box-shadow: 0 0 0 2px var(--_highlight);
  }
  .item[aria-selected='true'] {
    outline: 2px solid var(--_focus);
    background: color-mix(in srgb, var(--_focus) 10%, var(--_surface));
  }
  .item:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* The empty state. */
  .empty {
    text-align: center;
    padding: 16px;
    border: 1px dashed var(--_border);
    border-radius: 6px;
  }
  .empty .title {
    text-align: left;
  }
  .empty-axis {
    display: flex;
    justify-content: space-between;
    margin: 18px auto 10px;
    max-width: 420px;
    border-top: 2px dashed var(--_border);
  }
  .empty-axis span {
    width: 1px;
    height: 10px;
    background: var(--_border);
  }
  .empty-text {
    font-weight: 600;
    margin: 8px 0 4px;
  }
  .empty-hint {
    color: var(--_muted-fg);
    margin: 0 auto;
    max-width: 52ch;
  }
  .presenting {
    font-size: 1.1em;
  }
  @container (max-width: 480px) {
    .item {
      grid-template-columns: 1fr;
    }
    .item > :not(.date) {
      grid-column: 1;
    }
    .item .date {
      grid-row: auto;
    }
  }
  @media (forced-colors: active) {
    .axis-scroll,
    .item,
    .badge {
      border-color: CanvasText;
    }
    .mark :is(.bar, .dot) {
      background: CanvasText;
      forced-color-adjust: none;
    }
    .mark.focus-primary :is(.bar, .dot) {
      background: Highlight;
      border-color: CanvasText;
    }
    .mark.focus-focus :is(.bar, .dot) {
      background: Canvas;
      border-color: Highlight;
    }
    .mark.kind-goal-review .bar {
      background: repeating-linear-gradient(90deg, CanvasText 0 6px, Canvas 6px 9px);
    }
    .mark.kind-goal-agreed :is(.bar, .dot) {
      background: Canvas;
      border-color: CanvasText;
    }
    .onset-band {
      border-left-color: CanvasText;
      background: repeating-linear-gradient(135deg, CanvasText 0 1px, transparent 1px 8px);
      forced-color-adjust: none;
    }
    .item[aria-selected='true'],
    .mark.selected :is(.bar, .dot),
    .item:focus-visible {
      outline-color: Highlight;
    }
    .item.related,
    .mark.related :is(.bar, .dot) {
      box-shadow: none;
      outline: 2px dotted CanvasText;
    }
  }
`;
