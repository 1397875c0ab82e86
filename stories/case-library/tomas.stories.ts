import type { Meta } from '@storybook/web-components-vite';
import { tomas } from '@relmap/cases';
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
  ...caseMeta(tomas),
  title: 'Case library/Tomás, interpersonal sensitivity',
} satisfies Meta<MapArgs>;
export default meta;

/** Tomás at intake. */
export const Intake: CaseStory = { ...intakeStory(tomas), name: 'Intake' };

/** Tomás at session 12. */
export const Session12: CaseStory = { ...session12Story(tomas), name: 'Session 12' };

/** Intake and session 12 side by side, with the changes highlighted and listed. */
export const SideBySide: CaseStory = { ...sideBySideStory(tomas), name: 'Intake and session 12, side by side' };

/** Tomas at session 12 in the dark theme. */
export const Session12Dark: CaseStory = { ...darkStory(tomas), name: 'Session 12, dark' };

/** Tomas at session 12, presenting on a shared screen. */
export const Session12Presenting: CaseStory = { ...presentingStory(tomas), name: 'Session 12, presenting' };

/** Tomas at session 12 with sectors drawn. */
export const Session12Sectors: CaseStory = { ...sectorsStory(tomas), name: 'Session 12, sectors' };

/** Tomas's life events at session 12 on a timeline bound to the map. */
export const Timeline: CaseStory = { ...timelineStory(tomas), name: 'Timeline' };

/** Tomas's treatment goals and their reviews at session 12, bound to the map. */
export const Goals: CaseStory = { ...goalsStory(tomas), name: 'Goals' };

/** Tomas's formulation on one shared screen: the focus in plain words, its people, its events and the agreed goals. */
export const Formulation: CaseStory = { ...formulationStory(tomas), name: 'Formulation' };
