import { css } from 'lit';

/** The detail panel's styles; it follows the map's `--relmap-*` custom properties where they are set. */
export const detailStyles = css`
  :host {
    display: block;
    color: var(--relmap-foreground, #1f2430);
    font-family: var(--relmap-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--relmap-font-size, 14px);
  }
  :host([presenting]) {
    font-size: var(--relmap-presenting-font-size, 17px);
  }
  :host([hidden]) {
    display: none;
  }
  h2 {
    margin: 0 0 8px;
    font-size: 1.25em;
    display: flex;
    gap: 0.5em;
    align-items: baseline;
  }
  .role {
    font-size: 0.75em;
    font-weight: 400;
    color: var(--relmap-muted-foreground, #5b6272);
  }
  fieldset {
    border: 1px solid var(--relmap-border-color, #d5d9e2);
    border-radius: 6px;
    margin: 0 0 10px;
    padding: 6px 10px 10px;
    display: grid;
    gap: 6px;
  }
  legend {
    font-weight: 600;
    padding: 0 4px;
  }
  .field {
    display: grid;
    grid-template-columns: 11em minmax(0, 1fr);
    align-items: center;
    gap: 8px;
  }
  .note {
    display: grid;
    gap: 2px;
  }
  .note > label:first-child {
    font-weight: 500;
  }
  .note.private textarea {
    border-left: 4px solid var(--relmap-private-color, #8a5a9e);
  }
  .sensitivity,
  .check {
    display: flex;
    gap: 6px;
    align-items: center;
    font-size: 0.9em;
  }
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--relmap-surface, #ffffff);
    border: 1px solid var(--relmap-border-color, #d5d9e2);
    border-radius: 6px;
    padding: 4px 8px;
    min-height: 30px;
    box-sizing: border-box;
    width: 100%;
  }
  /* WCAG 2.5.8: every target at least 24 by 24 CSS pixels. */
  input[type='checkbox'] {
    width: 24px;
    height: 24px;
    min-height: 24px;
    margin: 0;
    flex: none;
    accent-color: var(--relmap-accent, #2f5d8a);
  }
  button {
    font: inherit;
    color: inherit;
    background: var(--relmap-surface, #ffffff);
    border: 1px solid var(--relmap-border-color, #8a90a0);
    border-radius: 6px;
    padding: 4px 12px;
    min-height: 30px;
    min-width: 24px;
    cursor: pointer;
    justify-self: start;
  }
  button:disabled {
    cursor: default;
    opacity: 0.6;
  }
  button.remove {
    color: var(--relmap-conflict, #9b2c2c);
  }
  textarea {
    resize: vertical;
  }
  :is(input, select, textarea, button):focus-visible {
    outline: 3px solid var(--relmap-focus-color, #b4541a);
    outline-offset: 1px;
  }
  section {
    margin: 0 0 10px;
    display: grid;
    gap: 8px;
  }
  h3 {
    margin: 8px 0 0;
    font-size: 1.1em;
  }
  fieldset.item,
  fieldset.add {
    margin: 0;
  }
  fieldset.add {
    border-style: dashed;
  }
  fieldset.people {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
  }
  .field.date .control {
    display: grid;
    gap: 2px;
  }
  .hint {
    font-size: 0.9em;
    color: var(--relmap-muted-foreground, #5b6272);
    margin: 0;
  }
  .error {
    color: var(--relmap-conflict, #9b2c2c);
    font-weight: 500;
  }
  [aria-invalid='true'] {
    border-color: var(--relmap-conflict, #9b2c2c);
    border-width: 2px;
  }
  .none {
    margin: 0;
    color: var(--relmap-muted-foreground, #5b6272);
  }
  .empty {
    color: var(--relmap-muted-foreground, #5b6272);
  }
`;
