import { css } from 'lit';

/**
 * The goals element's styles. It takes the same `--relmap-*` custom properties as the map and the table, so one
 * theme serves all; its fields look like the detail panel's.
 */
export const goalsStyles = css`
  :host {
    --_bg: var(--relmap-background, #fbfaf7);
    --_fg: var(--relmap-foreground, #1f2430);
    --_muted-fg: var(--relmap-muted-foreground, #5b6272);
    --_focus: var(--relmap-focus-color, #b4541a);
    --_surface: var(--relmap-surface, #ffffff);
    --_border: var(--relmap-border-color, #d5d9e2);
    --_control-border: var(--relmap-border-color, #8a90a0);
    --_accent: var(--relmap-accent, #2f5d8a);
    --_private: var(--relmap-private-color, #8a5a9e);
    --_error: var(--relmap-conflict, #9b2c2c);
    display: block;
    color: var(--_fg);
    background: var(--_bg);
    font-family: var(--relmap-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--relmap-font-size, 14px);
    line-height: 1.4;
    container-type: inline-size;
  }
  :host([theme='dark']) {
    --_bg: var(--relmap-background, #161a22);
    --_fg: var(--relmap-foreground, #e8ebf2);
    --_muted-fg: var(--relmap-muted-foreground, #a3abbb);
    --_focus: var(--relmap-focus-color, #f0a35e);
    --_surface: var(--relmap-surface, #1f2430);
    --_border: var(--relmap-border-color, #3b4355);
    --_control-border: var(--relmap-border-color, #7c869a);
    --_accent: var(--relmap-accent, #8db7e3);
    --_private: var(--relmap-private-color, #c9a0e8);
    --_error: var(--relmap-conflict, #f19a9a);
  }
  :host([presenting]) {
    font-size: var(--relmap-presenting-font-size, 17px);
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    display: grid;
    gap: 10px;
    padding: 8px 0;
  }
  h2 {
    margin: 0;
    font-size: 1.15em;
  }
  .message,
  .empty,
  .hint {
    color: var(--_muted-fg);
  }
  .empty p {
    margin: 0 0 4px;
  }
  ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .goals {
    display: grid;
    gap: 10px;
  }
  .goal {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-left: 4px solid var(--_accent);
    border-radius: 6px;
    padding: 8px 12px;
    display: grid;
    gap: 4px;
  }
  .goal.proposed {
    border-left-style: dashed;
  }
  h3 {
    margin: 0;
    font-size: 1.05em;
    font-weight: 600;
  }
  h3.withheld {
    font-style: italic;
    font-weight: 500;
    color: var(--_muted-fg);
  }
  .facts,
  .latest {
    margin: 0;
  }
  .facts {
    color: var(--_muted-fg);
    font-size: 0.93em;
  }
  .latest {
    display: flex;
    align-items: center;
    gap: 8px;
    font-weight: 500;
  }
  .meter {
    display: inline-flex;
    gap: 2px;
    flex: none;
  }
  .meter span {
    width: 14px;
    height: 10px;
    border: 1.5px solid var(--_accent);
    border-radius: 2px;
  }
  .meter span.on {
    background: var(--_accent);
  }
  .reviews {
    font-size: 0.93em;
    border-left: 2px solid var(--_border);
    padding-left: 8px;
    display: grid;
    gap: 2px;
  }
  .reviews .date {
    font-variant-numeric: tabular-nums;
  }
  .review-note {
    color: var(--_muted-fg);
  }
  summary {
    cursor: pointer;
    width: max-content;
    padding: 2px 4px;
    min-height: 24px;
    color: var(--_accent);
    font-weight: 500;
  }
  /* Fields are kept to a readable width on a wide screen. */
  .editor,
  fieldset.goal-add {
    display: grid;
    gap: 8px;
    max-width: 46em;
  }
  .editor {
    padding-top: 6px;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: 6px;
    margin: 0;
    padding: 6px 10px 10px;
    display: grid;
    gap: 6px;
    min-width: 0;
  }
  fieldset.add {
    border-style: dashed;
  }
  /* A review's date and progress side by side where there is room; its note and button below. */
  fieldset.review {
    grid-template-columns: repeat(auto-fit, minmax(17em, 1fr));
    align-items: start;
  }
  fieldset.review > :is(.note, button) {
    grid-column: 1 / -1;
  }
  fieldset.review .field {
    grid-template-columns: 5.5em minmax(0, 1fr);
  }
  fieldset.people {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
  }
  legend {
    font-weight: 600;
    padding: 0 4px;
  }
  .field {
    display: grid;
    grid-template-columns: minmax(6em, 9em) minmax(0, 1fr);
    align-items: center;
    gap: 8px;
  }
  .field.date {
    align-items: start;
  }
  .field.date > label {
    padding-top: 5px;
  }
  .field.date .control {
    display: grid;
    gap: 2px;
  }
  .note {
    display: grid;
    gap: 2px;
  }
  .note.private textarea {
    border-left: 4px solid var(--_private);
  }
  .sensitivity,
  .check {
    display: flex;
    gap: 6px;
    align-items: center;
    font-size: 0.93em;
  }
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 1px solid var(--_control-border);
    border-radius: 6px;
    padding: 4px 8px;
    min-height: 30px;
    box-sizing: border-box;
    width: 100%;
  }
  textarea {
    resize: vertical;
  }
  /* WCAG 2.5.8: every target at least 24 by 24 CSS pixels. */
  input[type='checkbox'] {
    width: 24px;
    height: 24px;
    min-height: 24px;
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
  }
  button {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_control-border);
    border-radius: 6px;
    padding: 4px 12px;
    min-height: 30px;
    cursor: pointer;
    justify-self: start;
  }
  button.remove {
    color: var(--_error);
  }
  :is(input, select, textarea, button, summary):focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
  }
  .hint {
    font-size: 0.9em;
  }
  .error {
    color: var(--_error);
    font-weight: 500;
  }
  [aria-invalid='true'] {
    border-color: var(--_error);
    border-width: 2px;
  }
  .status {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @container (max-width: 480px) {
    .field {
      grid-template-columns: minmax(0, 1fr);
      gap: 2px;
    }
  }
  @media (forced-colors: active) {
    .goal,
    input,
    select,
    textarea,
    button {
      border-color: CanvasText;
    }
    .meter span {
      border-color: CanvasText;
    }
    .meter span.on {
      background: CanvasText;
    }
    :is(input, select, textarea, button, summary):focus-visible {
      outline-color: Highlight;
    }
  }
`;
