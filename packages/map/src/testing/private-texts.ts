import type { Inventory, Note } from '@relmap/core';

/** Every private note's text in an inventory, found by shape wherever it sits. */
export function privateTexts(inventory: Inventory): string[] {
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value !== 'object' || value === null) return;
    const v = value as Partial<Note> & Record<string, unknown>;
    if (typeof v.text === 'string' && v.sensitivity === 'private') {
      if (v.text.trim()) out.push(v.text);
      return;
    }
    for (const child of Object.values(v)) walk(child);
  };
  walk(inventory);
  return out;
}

/**
 * Everything a shadow root exposes: its markup (text and every attribute, ARIA included) and the live values of
 * its form fields, which markup does not show.
 */
export function exposedText(root: ShadowRoot): string {
  const values = [...root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('input, textarea, select')].map((el) => el.value);
  return `${root.innerHTML}\n${values.join('\n')}`;
}
