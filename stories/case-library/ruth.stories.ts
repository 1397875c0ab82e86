import type { Meta } from '@storybook/web-components-vite';
import { ruth } from '@relmap/cases';
import type { MapArgs } from '../support/map-story.ts';
import { caseMeta, intakeStory, session12Story, sideBySideStory, type CaseStory } from './case-stories.ts';

const meta = {
  ...caseMeta(ruth),
  title: 'Case library/Ruth, retirement, relocation and grief',
} satisfies Meta<MapArgs>;
export default meta;

/** Ruth at intake. */
export const Intake: CaseStory = { ...intakeStory(ruth), name: 'Intake' };

/** Ruth at session 12. */
export const Session12: CaseStory = { ...session12Story(ruth), name: 'Session 12' };

/** Intake and session 12 side by side, with the changes highlighted and listed. */
export const SideBySide: CaseStory = { ...sideBySideStory(ruth), name: 'Intake and session 12, side by side' };
