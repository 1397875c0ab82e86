import { html, type TemplateResult } from 'lit';
import type { MapStrings } from '../strings.ts';

/**
 * The keyboard help: a native modal `<dialog>`, so the browser traps focus in it, closes it on Escape and makes
 * the map behind it inert; `onClose` hands focus back to where it was. Opened with `?` or the Keys button.
 */
export function renderHelp(text: MapStrings, onClose: () => void): TemplateResult {
  return html`<dialog part="help" class="help" aria-labelledby="help-title" @close=${onClose}>
    <h2 id="help-title">${text.helpTitle}</h2>
    <table class="help-keys">
      <tbody>
        ${text.helpKeys.map(([keys, action]) => html`<tr><th scope="row">${keys}</th><td>${action}</td></tr>`)}
      </tbody>
    </table>
    <form method="dialog"><button type="submit" autofocus>${text.helpClose}</button></form>
  </dialog>`;
}

/** Opens the help dialog in `root`, modally. */
export function openHelpDialog(root: ParentNode): void {
  const dialog = root.querySelector<HTMLDialogElement>('dialog.help');
  if (dialog && !dialog.open) dialog.showModal();
}
