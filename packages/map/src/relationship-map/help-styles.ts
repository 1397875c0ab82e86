import { css } from 'lit';

/** Styles of the keyboard help dialog. */
export const helpStyles = css`
  dialog.help {
    color: var(--_fg);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 8px;
    padding: 12px 16px;
    max-width: min(36em, 92vw);
    max-height: 88vh;
    overflow: auto;
    font-size: 14px;
  }
  dialog.help::backdrop {
    background: rgb(0 0 0 / 0.35);
  }
  dialog.help h2 {
    font-size: 1.1em;
    margin: 0 0 8px;
  }
  .help-keys {
    border-collapse: collapse;
    width: 100%;
  }
  .help-keys th,
  .help-keys td {
    text-align: left;
    vertical-align: top;
    padding: 3px 8px 3px 0;
    border-top: 1px solid var(--_border);
  }
  .help-keys th {
    font-weight: 600;
    white-space: nowrap;
  }
  dialog.help form {
    margin-top: 10px;
    text-align: right;
  }
`;
