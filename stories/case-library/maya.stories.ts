import type { Meta } from '@storybook/web-components-vite';
import { maya } from '@relmap/cases';
import type { MapArgs } from '../support/map-story.ts';
import { caseMeta, intakeStory, session12Story, sideBySideStory, type CaseStory } from './case-stories.ts';

const meta = {
  ...caseMeta(maya),
  title: 'Case library/Maya, role transition',
} satisfies Meta<MapArgs>;
export default meta;

/** Maya at intake. */
export const Intake: CaseStory = { ...intakeStory(maya), name: 'Intake' };

/** Maya at session 12. */
export const Session12: CaseStory = { ...session12Story(maya), name: 'Session 12' };

/** Intake and session 12 side by side, with the changes highlighted and listed. */
export const SideBySide: CaseStory = { ...sideBySideStory(maya), name: 'Intake and session 12, side by side' };
