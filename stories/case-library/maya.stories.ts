import type { Meta } from '@storybook/web-components-vite';
import { maya } from '@relmap/cases';
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

/** Maya at session 12 in the dark theme. */
export const Session12Dark: CaseStory = { ...darkStory(maya), name: 'Session 12, dark' };

/** Maya at session 12, presenting on a shared screen. */
export const Session12Presenting: CaseStory = { ...presentingStory(maya), name: 'Session 12, presenting' };

/** Maya at session 12 with sectors drawn. */
export const Session12Sectors: CaseStory = { ...sectorsStory(maya), name: 'Session 12, sectors' };

/** Maya's life events at session 12 on a timeline bound to the map. */
export const Timeline: CaseStory = { ...timelineStory(maya), name: 'Timeline' };

/** Maya's treatment goals and their reviews at session 12, bound to the map. */
export const Goals: CaseStory = { ...goalsStory(maya), name: 'Goals' };

/** Maya's formulation on one shared screen: the focus in plain words, its people, its events and the agreed goals. */
export const Formulation: CaseStory = { ...formulationStory(maya), name: 'Formulation' };
