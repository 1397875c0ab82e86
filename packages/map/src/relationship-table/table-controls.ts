import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

/**
 * A native `<select>` named by `label`, showing `value` and reporting a choice through `onChange`. The value is
 * bound with `live`, so a refused or vetoed edit puts the select back to what the inventory holds.
 */
export function select(
  label: string,
  value: string,
  options: readonly (readonly [string, string])[],
  disabled: boolean,
  onChange: (value: string) => void,
): TemplateResult {
  return html`<select
    aria-label=${label}
    ?disabled=${disabled}
    .value=${live(value)}
    @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}
  >
    ${options.map(([v, l]) => html`<option value=${v} ?selected=${v === value}>${l}</option>`)}
  </select>`;
}

/** A native checkbox named by `label`, checked when `checked`, reporting each toggle through `onChange`. */
export function checkbox(className: string, label: string, checked: boolean, disabled: boolean, onChange: (checked: boolean) => void): TemplateResult {
  return html`<input
    type="checkbox"
    class=${className}
    aria-label=${label}
    ?disabled=${disabled}
    .checked=${live(checked)}
    @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked)}
  />`;
}
