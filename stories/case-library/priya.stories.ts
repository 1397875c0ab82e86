import type { Meta } from '@storybook/web-components-vite';
import { priya } from '@relmap/cases';
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
  ...caseMeta(priya),
  title: 'Case library/Priya, role dispute',
} satisfies Meta<MapArgs>;
export default meta;

/** Priya at intake. */
export const Intake: CaseStory = { ...intakeStory(priya), name: 'Intake' };

/** Priya at session 12. */
export const Session12: CaseStory = { ...session12Story(priya), name: 'Session 12' };

/** Intake and session 12 side by side, with the changes highlighted and listed. */
export const SideBySide: CaseStory = { ...sideBySideStory(priya), name: 'Intake and session 12, side by side' };

/** Priya at session 12 in the dark theme. */
export const Session12Dark: CaseStory = { ...darkStory(priya), name: 'Session 12, dark' };

/** Priya at session 12, presenting on a shared screen. */
export const Session12Presenting: CaseStory = { ...presentingStory(priya), name: 'Session 12, presenting' };

/** Priya at session 12 with sectors drawn. */
export const Session12Sectors: CaseStory = { ...sectorsStory(priya), name: 'Session 12, sectors' };

/** Priya's life events at session 12 on a timeline bound to the map. */
export const Timeline: CaseStory = { ...timelineStory(priya), name: 'Timeline' };

/** Priya's treatment goals and their reviews at session 12, bound to the map. */
export const Goals: CaseStory = { ...goalsStory(priya), name: 'Goals' };

/** Priya's formulation on one shared screen: the focus in plain words, its people, its events and the agreed goals. */
export const Formulation: CaseStory = { ...formulationStory(priya), name: 'Formulation' };
