/// <reference types="vite/client" />
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import type { StrictArgTypes } from 'storybook/internal/types';
import manifest from '../packages/map/custom-elements.json';
import { BOUND_ARGS } from '../stories/support/map-story.ts';
import '../stories/support/stories.css';

// Controls and the API tables come from the manifest generated from the element's JSDoc.
setCustomElementsManifest(manifest);

/**
 * Keeps every row the manifest gives (each property, attribute, event, part and CSS property, with its description)
 * but offers a control only where a story passes the value to the element; a control that does nothing misleads.
 */
function controlsOnlyForBoundArgs({ argTypes, component }: { argTypes: StrictArgTypes; component?: unknown }): StrictArgTypes {
  if (component !== 'relationship-map') return argTypes;
  return Object.fromEntries(Object.entries(argTypes).map(([name, argType]) => [name, BOUND_ARGS.has(name) ? argType : { ...argType, control: false }]));
}

/** Global story settings: docs pages for every component, padded canvas, and the sidebar's order. */
const preview: Preview = {
  tags: ['autodocs'],
  argTypesEnhancers: [controlsOnlyForBoundArgs],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    options: {
      storySort: {
        order: [
          'Guides',
          ['About the interpersonal inventory', 'Reading the map', 'Change over treatment'],
          'Case library',
          'Element',
          ['States', 'Legend', 'Interactions'],
        ],
      },
    },
  },
};
export default preview;
