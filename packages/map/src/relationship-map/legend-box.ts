import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** Whether the legend starts open: `auto` (open on a map at least `LEGEND_OPEN_WIDTH` wide), `open` or `closed`. */
export type LegendState = 'auto' | 'open' | 'closed';

/**
 * Below this width (CSS px) an `auto` legend starts collapsed: open beside the drawing it would take more than a
 * quarter of a tablet's width, and below it on a phone a third of the height.
 */
export const LEGEND_OPEN_WIDTH = 760;

/**
 * The legend's disclosure: a button that shows and hides it (with `aria-expanded`, so a screen reader says which),
 * collapsed at first on a narrow map. The user's choice holds until the host sets `legend` again; until then an
 * `auto` legend follows the map's width as it changes (a tablet turned on its side).
 */
export class LegendDisclosure implements ReactiveController {
  /** What the user chose with the button, if they did. */
  private chosen: boolean | undefined;
  private wide = true;
  private observer: ResizeObserver | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly setting: () => LegendState,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const view = this.host.ownerDocument.defaultView;
    if (!view) return;
    this.observer = new view.ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width ?? 0;
      if (width > 0) this.setWide(width >= LEGEND_OPEN_WIDTH);
    });
    this.observer.observe(this.host);
    // Measured now as well, so that a narrow map's first frame does not show the legend open.
    const width = this.host.getBoundingClientRect().width;
    if (width > 0) this.wide = width >= LEGEND_OPEN_WIDTH;
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private setWide(wide: boolean): void {
    if (wide === this.wide) return;
    this.wide = wide;
    if (this.chosen === undefined && this.setting() === 'auto') this.host.requestUpdate();
  }

  /** Whether the legend is shown. */
  get open(): boolean {
    if (this.chosen !== undefined) return this.chosen;
    const setting = this.setting();
    return setting === 'open' ? true : setting === 'closed' ? false : this.wide;
  }

  /** The host's `legend` the last update saw: setting it again overrides the user's choice. */
  private seen: LegendState | undefined;

  hostUpdate(): void {
    const setting = this.setting();
    if (setting !== this.seen) this.chosen = undefined;
    this.seen = setting;
  }

  private toggle = (): void => {
    this.chosen = !this.open;
    this.host.requestUpdate();
  };

  /**
   * The legend in its box, with the button (named `title`) that shows and hides it. `legend` is asked for only
   * while the box is open, and may give nothing yet (its code still loading).
   */
  render(title: string, legend: () => TemplateResult | undefined): TemplateResult {
    const open = this.open;
    return html`<div part="legend-box" class="legend-box ${open ? 'open' : 'closed'}">
      <button type="button" part="legend-toggle" class="legend-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls="legend-body" @click=${this.toggle}>
        ${title}
      </button>
      <div id="legend-body" class="legend-body" ?hidden=${!open}>${open ? (legend() ?? nothing) : nothing}</div>
    </div>`;
  }
}

/** The legend box's styles: beside the drawing when open on a wide map, below it on a narrow one, a corner button when collapsed. */
export const legendBoxStyles = css`
  .legend-box {
    grid-area: legend;
    align-self: end;
    margin: 8px;
    /* A width of its own, not its entries': the drawing beside it keeps its size while they load (rule M53). */
    width: 15em;
    max-height: calc(100% - 16px);
    overflow: auto;
    background: color-mix(in srgb, var(--_surface) 92%, transparent);
    border: 1px solid var(--_border);
    border-radius: 6px;
    padding: 2px 10px 6px;
    font-size: 12px;
  }
  /* Collapsed, the legend is its button alone, over the drawing's corner, and the drawing takes the whole width. */
  .legend-box.closed {
    grid-area: map;
    justify-self: end;
    width: auto;
    padding: 0;
    overflow: visible;
  }
  .legend-toggle {
    display: flex;
    align-items: center;
    gap: 6px;
    width: 100%;
    border: none;
    background: none;
    padding: 4px 2px;
    font-weight: 600;
    text-align: start;
  }
  /* The button stays in view while a long legend scrolls under it. */
  .legend-box.open .legend-toggle {
    position: sticky;
    top: 0;
    background: var(--_surface);
  }
  .legend-box.closed .legend-toggle {
    padding: 4px 10px;
  }
  /* The state is in aria-expanded for assistive technology; the triangle shows it on screen. */
  .legend-toggle::before {
    content: '';
    border-style: solid;
    border-width: 5px 0 5px 7px;
    border-color: transparent transparent transparent currentColor;
    transition: transform 0.12s;
  }
  .legend-toggle[aria-expanded='true']::before {
    transform: rotate(90deg);
  }
  .legend-body[hidden] {
    display: none;
  }
  @container relmap (max-width: 560px) {
    /* A fixed cap: a percentage would be taken of a row already sized to the whole legend. */
    .legend-box.open {
      width: auto;
      max-height: 12em;
      align-self: stretch;
    }
  }
`;
