import { css } from 'lit';

/**
 * The element's styles for what the user asked of their system: forced colours (Windows high contrast) and reduced
 * motion. They come right after `mapStyles`, whose rules they override.
 */
export const preferenceStyles = css`
  /* Windows high contrast: system colours only; patterns (dots, zigzags, bars, arrows, slashes) carry the meaning. */
  @media (forced-colors: active) {
    :host,
    :host([theme='dark']),
    :host([presenting]:not([theme='dark'])) {
      --_bg: Canvas;
      --_fg: CanvasText;
      --_muted-fg: CanvasText;
      --_ring: CanvasText;
      --_ring-fill: Canvas;
      --_ring-fill-inner: Canvas;
      /* The tones fall away; each person's glyph still says their category. */
      --_tone-family: CanvasText;
      --_tone-friends: CanvasText;
      --_tone-work: CanvasText;
      --_tone-services: CanvasText;
      --_tone-other: CanvasText;
      --_tone-family-fill: Canvas;
      --_tone-friends-fill: Canvas;
      --_tone-work-fill: Canvas;
      --_tone-services-fill: Canvas;
      --_tone-other-fill: Canvas;
      --_glyph: Canvas;
      --_client-fill: CanvasText;
      --_client-fg: Canvas;
      --_accent: Highlight;
      --_highlight: Highlight;
      --_focus: Highlight;
      --_surface: Canvas;
      --_border: CanvasText;
      --relmap-line-color: CanvasText;
      --relmap-conflict-color: CanvasText;
    }
    svg.map,
    .legend-box svg {
      forced-color-adjust: none;
    }
    .person.selected .symbol,
    .person .selection {
      stroke: Highlight;
      stroke-width: 5;
    }
    .person .halo {
      fill: none;
      stroke: Highlight;
      stroke-dasharray: 4 3;
    }
    .person:focus-visible .focus-ring {
      stroke: Highlight;
      stroke-width: 4;
    }
    .ring.target {
      stroke: Highlight;
    }
    button[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
    button:disabled {
      color: GrayText;
      opacity: 1;
    }
    svg.map:focus-visible,
    :is(button, input, select):focus-visible {
      outline-color: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;
