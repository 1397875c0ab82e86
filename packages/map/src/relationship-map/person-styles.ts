import { css, unsafeCSS, type CSSResult } from 'lit';
import { CATEGORY_PALETTE, CATEGORY_TONES, GLYPH_COLORS } from '../visual/categories.ts';
import { MARK_ZOOM } from '../visual/formulation.ts';

/**
 * The theme's default colour of every tone, as the element's private properties (`--_tone-family`,
 * `--_tone-family-fill`, ...). A host's `--relmap-category-<tone>` and `--relmap-category-<tone>-fill` win; then a
 * host's `--relmap-node-stroke` and `--relmap-node-fill`, which painted every person before categories had colours.
 */
function toneProperties(theme: 'light' | 'dark'): string {
  return CATEGORY_TONES.map((tone) => {
    const c = CATEGORY_PALETTE[theme][tone];
    return `--_tone-${tone}:var(--relmap-category-${tone},var(--relmap-node-stroke,${c.strong}));--_tone-${tone}-fill:var(--relmap-category-${tone}-fill,var(--relmap-node-fill,${c.fill}));`;
  }).join('');
}

/** Each person takes their tone's two colours as `--_c` (edge, badge) and `--_cf` (fill). */
const toneClasses = CATEGORY_TONES.map(
  (tone) =>
    `.tone-${tone}{--_c:var(--_tone-${tone});--_cf:var(--_tone-${tone}-fill)}` +
    // A death mutes the fill halfway towards the ring's; the X (the genogram's mark) and the badge keep the rest.
    `.tone-${tone}.deceased{--_cf:color-mix(in srgb,var(--_tone-${tone}-fill) 45%,var(--_ring-fill))}`,
).join('');

/**
 * How a person looks: a symbol filled and edged in their category's tone, their label inside when it fits, the glyph of their
 * category on a badge on the rim, an X when deceased, a ring around them when selected. The legend's samples of
 * categories use the same classes (`tone-*`, `badge`, `glyph`).
 */
export const personStyles: CSSResult = css`
  :host {
    ${unsafeCSS(toneProperties('light'))}
    --_glyph: var(--relmap-glyph-color, ${unsafeCSS(GLYPH_COLORS.light)});
  }
  :host([theme='dark']) {
    ${unsafeCSS(toneProperties('dark'))}
    --_glyph: var(--relmap-glyph-color, ${unsafeCSS(GLYPH_COLORS.dark)});
  }
  ${unsafeCSS(toneClasses)}
  .person .symbol {
    fill: var(--_cf);
    stroke: var(--_c);
    stroke-width: 2;
  }
  .person.group .symbol {
    stroke-width: 2.5;
  }
  .person .cross {
    stroke: var(--_muted-fg);
    stroke-width: 1.5;
    fill: none;
  }
  .inside-label {
    fill: var(--_fg);
    font-size: 12px;
    font-weight: 650;
    text-anchor: middle;
    paint-order: stroke;
    stroke: var(--_cf);
    stroke-width: 3px;
    stroke-linejoin: round;
    unicode-bidi: plaintext;
    pointer-events: none;
  }
  .badge circle {
    fill: var(--_c);
    stroke: var(--_bg);
    stroke-width: 1.5;
  }
  .badge .glyph {
    fill: var(--_glyph);
    fill-rule: evenodd;
  }
  /* Focus marks (rule V32): ink on the background, so they read in every theme and in forced colours, apart from
     the category tones; the primary focus is filled, any other outlined. */
  /* Enlarged as markScale() says, around the person's centre, so they stay on the rim (rule V33). */
  .person .marks {
    transform: scale(clamp(1, calc(${unsafeCSS(MARK_ZOOM.from)} / var(--k, 1)), ${unsafeCSS(MARK_ZOOM.most)}));
  }
  .focus-mark .plate {
    fill: var(--_bg);
    stroke: var(--_fg);
    stroke-width: 1.4;
  }
  .focus-mark .mark-glyph {
    fill: var(--_fg);
  }
  .focus-mark.primary .plate {
    fill: var(--_fg);
    stroke: var(--_bg);
    stroke-width: 1.5;
  }
  .focus-mark.primary .mark-glyph {
    fill: var(--_bg);
  }
  .events-mark .page {
    fill: var(--_bg);
    stroke: var(--_fg);
    stroke-width: 1.2;
  }
  .events-mark .band {
    fill: var(--_fg);
  }
  :host([presenting]) .focus-mark .plate {
    stroke-width: 1.8;
  }
  .person .selection {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 3;
  }
  .person.link-source .symbol {
    stroke: var(--_focus);
    stroke-dasharray: 4 3;
  }
  :host([presenting]) .person .symbol {
    stroke-width: 2.5;
  }
  :host([presenting]) .inside-label {
    font-size: 13px;
    font-weight: 700;
  }
  .map.far .inside-label,
  .person.label-beside .inside-label,
  .person.label-inside:not(.label-beside) .label {
    display: none;
  }
`;
