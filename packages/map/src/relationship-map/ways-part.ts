// The row of view controls and the collapsed groups' nodes, loaded the first time the map shows them (rule M53).
export { renderCollapsedGroups, renderWays } from './render-ways.ts';
export { waysControlStyles as styles } from './ways-controls-styles.ts';
