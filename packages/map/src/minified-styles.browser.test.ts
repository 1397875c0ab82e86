import { describe, expect, it } from 'vitest';
import { cssTemplateTexts, minifyCssTemplates } from '../../../scripts/css-templates.mjs';

declare global {
  interface ImportMeta {
    /** Vite's import of many files at once, resolved when the test is transformed. */
    glob(pattern: string, options: { eager: true; query: '?raw'; import: 'default' }): Record<string, string>;
  }
}

// Every module of the package; those with `css` templates are the ones the build minifies.
const SOURCES = import.meta.glob(['./**/*.ts', '!./**/*.test.ts'], { eager: true, query: '?raw', import: 'default' });
const styled = Object.entries(SOURCES).filter(([, text]) => cssTemplateTexts(text).length > 0);

/** The rules as Chromium parses them: what the element's shadow root would hold. */
function parsed(css: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  return [...sheet.cssRules].map((rule) => rule.cssText);
}

describe('the CSS the package build minifies (scripts/css-templates.mjs)', () => {
  it('finds the style sheets of the elements', () => {
    expect(styled.map(([path]) => path)).toEqual(expect.arrayContaining(['./relationship-map/styles.ts', './relationship-table/table-styles.ts']));
  });

  it.each(styled)('parses %s to the same rules, and is smaller', (_path, text) => {
    const minified = minifyCssTemplates(text);
    expect(minified.split('\n')).toHaveLength(text.split('\n').length);
    const before = cssTemplateTexts(text);
    const after = cssTemplateTexts(minified);
    expect(after).toHaveLength(before.length);
    before.forEach((css, i) => {
      expect(parsed(after[i]!)).toEqual(parsed(css));
      expect(after[i]!.length).toBeLessThan(css.length);
    });
  });

  it('leaves quoted strings and the code around a template alone', () => {
    const text = "const a = 1;\nconst s = css`\n  /* note */\n  .x::before {\n    content: 'a  ;  b';\n  }\n`;\nconst b = '  x  ';";
    expect(minifyCssTemplates(text)).toBe("const a = 1;\nconst s = css`\n\n.x::before{\ncontent: 'a  ;  b';\n}\n`;\nconst b = '  x  ';");
  });
});
