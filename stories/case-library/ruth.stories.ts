import type { Meta } from '@storybook/web-components-vite';
import { ruth } from '@relmap/cases';
import type { MapArgs } from '../support/map-story.ts';
import {
  caseMeta,
  darkStory,
  intakeStory,
  presentingStory,
  sectorsStory,
  session12Story,
  sideBySideStory,
  timelineStory,
  goalsStory,
  formulationStory,
  type CaseStory,
} from './case-stories.ts';

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

/** Ruth at session 12 in the dark theme. */
export const Session12Dark: CaseStory = { ...darkStory(ruth), name: 'Session 12, dark' };

/** Ruth at session 12, presenting on a shared screen. */
export const Session12Presenting: CaseStory = { ...presentingStory(ruth), name: 'Session 12, presenting' };

/** Ruth at session 12 with sectors drawn. */
export const Session12Sectors: CaseStory = { ...sectorsStory(ruth), name: 'Session 12, sectors' };

/** Ruth's life events at session 12 on a timeline bound to the map. */
export const Timeline: CaseStory = { ...timelineStory(ruth), name: 'Timeline' };

/** Ruth's treatment goals and their reviews at session 12, bound to the map. */
export const Goals: CaseStory = { ...goalsStory(ruth), name: 'Goals' };

/** Ruth's formulation on one shared screen: the focus in plain words, its people, its events and the agreed goals. */
export const Formulation: CaseStory = { ...formulationStory(ruth), name: 'Formulation' };
