import type { Meta } from '@storybook/web-components-vite';
import { daniel } from '@relmap/cases';
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
  ...caseMeta(daniel),
  title: 'Case library/Daniel, grief',
} satisfies Meta<MapArgs>;
export default meta;

/** Daniel at intake. */
export const Intake: CaseStory = { ...intakeStory(daniel), name: 'Intake' };

/** Daniel at session 12. */
export const Session12: CaseStory = { ...session12Story(daniel), name: 'Session 12' };

/** Intake and session 12 side by side, with the changes highlighted and listed. */
export const SideBySide: CaseStory = { ...sideBySideStory(daniel), name: 'Intake and session 12, side by side' };

/** Daniel at session 12 in the dark theme. */
export const Session12Dark: CaseStory = { ...darkStory(daniel), name: 'Session 12, dark' };

/** Daniel at session 12, presenting on a shared screen. */
export const Session12Presenting: CaseStory = { ...presentingStory(daniel), name: 'Session 12, presenting' };

/** Daniel at session 12 with sectors drawn. */
export const Session12Sectors: CaseStory = { ...sectorsStory(daniel), name: 'Session 12, sectors' };

/** Daniel's life events at session 12 on a timeline bound to the map. */
export const Timeline: CaseStory = { ...timelineStory(daniel), name: 'Timeline' };

/** Daniel's treatment goals and their reviews at session 12, bound to the map. */
export const Goals: CaseStory = { ...goalsStory(daniel), name: 'Goals' };

/** Daniel's formulation on one shared screen: the focus in plain words, its people, its events and the agreed goals. */
export const Formulation: CaseStory = { ...formulationStory(daniel), name: 'Formulation' };
