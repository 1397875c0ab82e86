import { supportsAdoptingStyleSheets, type CSSResult } from 'lit';

const added = new WeakMap<ParentNode, Set<CSSResult>>();

/**
 * Adds `styles` to an element's shadow root after its first render, as Lit adds its static styles: an adopted
 * stylesheet, which a strict Content-Security-Policy allows, or where that is not supported a `<style>` element
 * with the page's `litNonce`. For the styles of a part loaded on demand; each is added to a root once.
 */
export function adoptLater(root: ParentNode, styles: CSSResult): void {
  const done = added.get(root) ?? new Set<CSSResult>();
  if (done.has(styles)) return;
  done.add(styles);
  added.set(root, done);
  const shadow = root as Partial<DocumentOrShadowRoot> & Node;
  const sheet = styles.styleSheet;
  if (supportsAdoptingStyleSheets && shadow.adoptedStyleSheets && sheet) {
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
    return;
  }
  const style = shadow.ownerDocument?.createElement('style');
  if (!style) return;
  const nonce = (globalThis as { litNonce?: string }).litNonce;
  if (nonce !== undefined) style.setAttribute('nonce', nonce);
  style.textContent = styles.cssText;
  root.appendChild(style);
}
