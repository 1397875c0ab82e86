import { noChange } from 'lit';
import { Directive, PartType, directive, type AttributePart, type PartInfo } from 'lit/directive.js';

/** CSS properties by their dashed names (`stroke-width`, `--relmap-line`); `undefined` or `null` leaves one unset. */
export type StyleProperties = Readonly<Record<string, string | number | undefined | null>>;

/**
 * Sets an element's inline style through the CSSOM (`style.setProperty`), never by writing the `style`
 * attribute. Lit's `styleMap` writes the attribute on the first render, which a page whose Content-Security-Policy
 * has no `'unsafe-inline'` for styles refuses (a `style-src-attr` violation, and the line loses its style); the
 * CSSOM is always allowed.
 */
class StylePropertiesDirective extends Directive {
  private readonly applied = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style' || (part.strings?.length ?? 0) > 2) {
      throw new Error('styleProperties() must be the whole value of a style attribute.');
    }
  }

  render(_properties: StyleProperties): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [properties]: [StyleProperties]): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.applied) {
      if (properties[name] === undefined || properties[name] === null) {
        style.removeProperty(name);
        this.applied.delete(name);
      }
    }
    for (const [name, value] of Object.entries(properties)) {
      if (value === undefined || value === null) continue;
      style.setProperty(name, String(value));
      this.applied.add(name);
    }
    return noChange;
  }
}

/** Binds inline styles that are allowed under a strict Content-Security-Policy: `style=${styleProperties({...})}`. */
export const styleProperties = directive(StylePropertiesDirective);
