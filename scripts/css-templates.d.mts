/** The module's text with the CSS of every `css` tagged template minified; anything else is left as it is. */
export function minifyCssTemplates(text: string): string;
/** Minifies one stretch of CSS text between the expressions of a template. */
export function minifyCss(css: string): string;
/** The CSS of every `css` template in a module's text, its `${...}` expressions left out; tests compare them. */
export function cssTemplateTexts(text: string): string[];
