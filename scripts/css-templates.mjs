// The CSS in Lit's `css` tagged templates, minified as the packages are built: comments go, and runs of spaces
// shrink. esbuild and other bundlers minify JavaScript but leave template text alone, so without this every app
// would ship the indentation and comments of our style sheets.
//
// Newlines are kept, one for each there was, so that the source maps tsc wrote stay true for the code after a
// template. Quoted strings in the CSS and the `${...}` expressions of a template are left as they are.

const TAG = /\bcss\s*`/g;

/** Where the template that opens at `start` (just after its backtick) ends: the index of its closing backtick. */
function templateEnd(text, start) {
  let i = start;
  while (i < text.length) {
    const char = text[i];
    if (char === '\\') i += 2;
    else if (char === '`') return i;
    else if (char === '$' && text[i + 1] === '{') i = expressionEnd(text, i + 2);
    else i++;
  }
  return -1;
}

/** Where a `${...}` expression that opens at `start` ends: the index after its closing brace. */
function expressionEnd(text, start) {
  let depth = 1;
  let i = start;
  while (i < text.length && depth > 0) {
    const char = text[i];
    if (char === '`') {
      const end = templateEnd(text, i + 1);
      if (end < 0) return text.length;
      i = end + 1;
    } else {
      if (char === '{') depth++;
      else if (char === '}') depth--;
      i++;
    }
  }
  return i;
}

const STRING = /"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/;
const COMMENTS = new RegExp(`(${STRING.source})|/\\*[\\s\\S]*?\\*/`, 'g');
const SPACES = new RegExp(`(${STRING.source})|\\s+`, 'g');
// Spaces after commas stay: custom properties and var() fallbacks keep their text as written.
const AROUND = new RegExp(`(${STRING.source})|[ ]*([{};])[ ]*`, 'g');
const newlinesIn = (s) => s.replace(/[^\n]/g, '');

/** Minifies one stretch of CSS text between the expressions of a template. */
export function minifyCss(css) {
  return css
    .replace(COMMENTS, (match, string) => string ?? newlinesIn(match))
    .replace(SPACES, (match, string) => string ?? (match.includes('\n') ? newlinesIn(match) : ' '))
    .replace(AROUND, (match, string, mark) => string ?? mark)
    .replace(/\n[ ]+|[ ]+\n/g, '\n');
}

/** The module's text with the CSS of every `css` tagged template minified; anything else is left as it is. */
export function minifyCssTemplates(text) {
  let out = '';
  let from = 0;
  for (const match of text.matchAll(TAG)) {
    const open = match.index + match[0].length;
    if (open < from) continue;
    const close = templateEnd(text, open);
    if (close < 0) break;
    out += text.slice(from, open);
    let i = open;
    let chunk = open;
    while (i < close) {
      if (text[i] === '\\') i += 2;
      else if (text[i] === '$' && text[i + 1] === '{') {
        const end = expressionEnd(text, i + 2);
        out += minifyCss(text.slice(chunk, i)) + text.slice(i, end);
        i = chunk = end;
      } else i++;
    }
    out += minifyCss(text.slice(chunk, close));
    from = close;
  }
  return out + text.slice(from);
}

/** The CSS of every `css` template in a module's text, its `${...}` expressions left out; tests compare them. */
export function cssTemplateTexts(text) {
  const texts = [];
  for (const match of text.matchAll(TAG)) {
    const open = match.index + match[0].length;
    const close = templateEnd(text, open);
    if (close < 0) break;
    texts.push(text.slice(open, close).replace(/\$\{[^}]*\}/g, ''));
  }
  return texts;
}
