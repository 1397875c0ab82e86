// Characters XML 1.0 cannot hold at all, not even as a character reference.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * Text escaped for XML character data. A carriage return becomes `&#13;`, which a reader keeps, where a raw one
 * would be folded into a line feed. Characters that XML 1.0 cannot hold become U+FFFD.
 */
export function escapeXmlText(value: string): string {
  return value.replace(NOT_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** Text escaped for a double-quoted XML attribute; tabs and line breaks as references, so that they survive. */
export function escapeXmlAttribute(value: string): string {
  return escapeXmlText(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/** One element of a parsed XML document. */
export interface XmlElement {
  /** The local name, without a namespace prefix (`graphml`, `node`, `data`). */
  readonly name: string;
  /** The attributes by local name. */
  readonly attributes: Readonly<Record<string, string>>;
  /** The child elements, in order. */
  readonly children: readonly XmlElement[];
  /** The character data directly inside this element, concatenated. */
  readonly text: string;
}

/** What `readXml` returns: the root element, or why the text is not XML it reads. */
export type XmlReadResult = { readonly ok: true; readonly root: XmlElement } | { readonly ok: false; readonly offset: number; readonly message: string };

interface Building {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /[A-Za-z_][\w.:-]*/y;
const ATTRIBUTE = /\s+([A-Za-z_][\w.:-]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/y;
const TAG_END = /\s*(\/?)>/y;

// Matches a sticky pattern at an offset, without copying the rest of the text.
function at(pattern: RegExp, text: string, offset: number): RegExpExecArray | null {
  pattern.lastIndex = offset;
  return pattern.exec(text);
}
const MAX_DEPTH = 64;

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** Text with its five predefined entities and numeric character references resolved; `undefined` if one is bad. */
export function unescapeXml(value: string): string | undefined {
  let bad = false;
  const out = value.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);|&/g, (whole, ref: string | undefined) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (ref === undefined) return ((bad = true), whole);
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!(code >= 0 && code <= 0x10ffff)) return ((bad = true), whole);
      return String.fromCodePoint(code);
    }
    return Object.hasOwn(named, ref) ? named[ref]! : ((bad = true), whole);
  });
  return bad ? undefined : out;
}

/**
 * Reads a small XML document into elements: elements, attributes, character data, CDATA sections, comments and
 * processing instructions. A document type declaration is refused, so that no entity can be defined: that rules
 * out external entities and entity expansion bombs, which a general XML parser would have to guard against.
 * Namespaces are not resolved; names lose their prefix.
 */
export function readXml(text: string): XmlReadResult {
  const stack: Building[] = [];
  let root: XmlElement | undefined;
  let i = 0;
  const fail = (message: string): XmlReadResult => ({ ok: false, offset: i, message });
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const chunk = text.slice(i, lt === -1 ? text.length : lt);
    if (chunk !== '') {
      const top = stack[stack.length - 1];
      if (!top) {
        if (/\S/.test(chunk.replace(/^\uFEFF/, ''))) return fail('text outside the root element.');
      } else {
        const unescaped = unescapeXml(chunk);
        if (unescaped === undefined) return fail('an unknown entity or a bare "&" in text; write "&amp;".');
        top.text += unescaped;
      }
    }
    if (lt === -1) break;
    i = lt;
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end === -1) return fail('a comment is never closed.');
      i = end + 3;
    } else if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i + 2);
      if (end === -1) return fail('a processing instruction is never closed.');
      i = end + 2;
    } else if (text.startsWith('<![CDATA[', i)) {
      const end = text.indexOf(']]>', i + 9);
      const top = stack[stack.length - 1];
      if (end === -1 || !top) return fail('a CDATA section outside an element or never closed.');
      top.text += text.slice(i + 9, end);
      i = end + 3;
    } else if (text.startsWith('<!', i)) {
      return fail('a document type declaration; GraphML files need none, and they are refused for safety.');
    } else if (text.startsWith('</', i)) {
      const name = at(NAME, text, i + 2)?.[0];
      const top = stack.pop();
      if (!name || !top || localName(name) !== top.name) return fail('a closing tag that does not match the open element.');
      i = text.indexOf('>', i);
      if (i === -1) return fail('a closing tag is never finished.');
      i++;
      const done: XmlElement = top;
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(done);
      else root = done;
    } else {
      if (root) return fail('a second root element.');
      if (stack.length >= MAX_DEPTH) return fail(`elements nested deeper than ${MAX_DEPTH} levels.`);
      const name = at(NAME, text, i + 1)?.[0];
      if (!name) return fail('a "<" that starts no tag; write "&lt;".');
      i += 1 + name.length;
      const element: Building = { name: localName(name), attributes: Object.create(null) as Record<string, string>, children: [], text: '' };
      for (;;) {
        const attribute = at(ATTRIBUTE, text, i);
        if (!attribute) break;
        const value = unescapeXml(attribute[3] ?? attribute[4] ?? '');
        if (value === undefined) return fail('an unknown entity or a bare "&" in an attribute.');
        element.attributes[localName(attribute[1]!)] = value;
        i += attribute[0].length;
      }
      const close = at(TAG_END, text, i);
      if (!close) return fail(`a malformed tag <${name}>.`);
      i += close[0].length;
      if (close[1] === '/') {
        const parent = stack[stack.length - 1];
        if (parent) parent.children.push(element);
        else root = element;
      } else {
        stack.push(element);
      }
    }
  }
  if (stack.length > 0) return fail(`the element <${stack[stack.length - 1]!.name}> is never closed.`);
  if (!root) return fail('no root element.');
  return { ok: true, root };
}
