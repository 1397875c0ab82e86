// The keyboard help dialog, loaded the first time it is opened (rule M53).
export { openHelpDialog, renderHelp } from './render-help.ts';
export { helpStyles as styles } from './help-styles.ts';
