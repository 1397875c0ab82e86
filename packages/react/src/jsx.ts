import type { RelationshipCompare, RelationshipDetail, RelationshipGoals, RelationshipMap, RelationshipTable, RelationshipTimeline } from '@relmap/map';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';

/**
 * The props a custom element takes as a JSX tag: React's own HTML props, the element's settings as attributes
 * (as in HTML), and its object-valued properties (React 19 sets a prop as a property when the element has one).
 */
type CustomElementProps<E extends HTMLElement, Attributes, Properties extends keyof E> = DetailedHTMLProps<HTMLAttributes<E>, E> &
  Attributes &
  Partial<Pick<E, Properties>>;

type Flag = boolean | '' | undefined;

/** `<relationship-map>` as a JSX tag. */
export type RelationshipMapTagProps = CustomElementProps<
  RelationshipMap,
  {
    readonly?: Flag;
    presenting?: Flag;
    blanked?: Flag;
    'label-mode'?: RelationshipMap['labelMode'];
    rings?: number;
    theme?: 'light' | 'dark';
    formulation?: RelationshipMap['formulation'];
  },
  'inventory' | 'selection' | 'highlight' | 'strings' | 'now'
>;

/** `<relationship-table>` as a JSX tag; `for` names the map's `id`. */
export type RelationshipTableTagProps = CustomElementProps<RelationshipTable, { for?: string; readonly?: Flag; theme?: 'light' | 'dark' }, 'strings'>;

/** `<relationship-detail>` as a JSX tag; `for` names the map's `id`. */
export type RelationshipDetailTagProps = CustomElementProps<RelationshipDetail, { for?: string; 'person-id'?: string; presenting?: Flag }, 'map' | 'strings'>;

/** `<relationship-compare>` as a JSX tag. */
export type RelationshipCompareTagProps = CustomElementProps<
  RelationshipCompare,
  { mode?: RelationshipCompare['mode']; presenting?: Flag; 'label-mode'?: RelationshipCompare['labelMode'] },
  'earlier' | 'later' | 'noChangesText'
>;

/** `<relationship-timeline>` as a JSX tag; `for` names the map's `id`. */
export type RelationshipTimelineTagProps = CustomElementProps<
  RelationshipTimeline,
  { for?: string; presenting?: Flag; theme?: 'light' | 'dark' },
  'map' | 'strings'
>;

/** `<relationship-goals>` as a JSX tag; `for` names the map's `id`. */
export type RelationshipGoalsTagProps = CustomElementProps<
  RelationshipGoals,
  { for?: string; presenting?: Flag; theme?: 'light' | 'dark' },
  'map' | 'session' | 'strings'
>;

// The elements as JSX tags, for apps that write `<relationship-table for="map" />` rather than use the wrappers.
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'relationship-map': RelationshipMapTagProps;
      'relationship-table': RelationshipTableTagProps;
      'relationship-detail': RelationshipDetailTagProps;
      'relationship-compare': RelationshipCompareTagProps;
      'relationship-timeline': RelationshipTimelineTagProps;
      'relationship-goals': RelationshipGoalsTagProps;
    }
  }
}
