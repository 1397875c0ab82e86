import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { MapStrings } from '../strings.ts';
import type { MapUi } from './map-ui.ts';
import { helpPart } from './on-demand-parts.ts';

/**
 * The map's keyboard help dialog, loaded the first time it is opened (rule M53): nothing is drawn before that; once
 * loaded it is drawn, closed, with the map, and opening it shows it modally after the render that draws it.
 */
export class HelpDialog implements ReactiveController {
  private wanted = false;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode },
    private readonly ui: MapUi,
  ) {
    host.addController(this);
  }

  /** The dialog, once its part has loaded. */
  render(text: MapStrings, onClose: () => void): TemplateResult | typeof nothing {
    return this.ui.loaded(helpPart)?.renderHelp(text, onClose) ?? nothing;
  }

  /** Opens the dialog, loading it the first time; resolves once it is open, rejects when it cannot be loaded. */
  async open(): Promise<void> {
    this.wanted = true;
    try {
      await this.ui.load(helpPart);
    } catch (error) {
      this.wanted = false;
      throw error;
    }
    await this.host.updateComplete;
  }

  hostUpdated(): void {
    const part = this.wanted ? this.ui.loaded(helpPart) : undefined;
    if (!part) return;
    this.wanted = false;
    part.openHelpDialog(this.host.renderRoot);
  }
}
