import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeXmlAttribute, escapeXmlText, readXml } from './xml-text.ts';

describe('the small XML reader and writer', () => {
  it('reads back any text and attribute it escapes, line breaks and quotes included', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '&', '<', '>', '"', "'", '\r', '\n', '\t', ' ', 'é', '😀') }), (value) => {
        const read = readXml(`<r a="${escapeXmlAttribute(value)}">${escapeXmlText(value)}</r>`);
        expect(read).toMatchObject({ ok: true, root: { name: 'r', attributes: { a: value }, text: value } });
      }),
    );
  });

  it('reads CDATA, comments, processing instructions and character references, and drops name prefixes', () => {
    const read = readXml('<?xml version="1.0"?><!-- c --><y:a xmlns:y="u"><b>x&#233;&#x41;<![CDATA[<raw>]]></b><c/></y:a>');
    expect(read).toMatchObject({ ok: true, root: { name: 'a', children: [{ name: 'b', text: 'xéA<raw>' }, { name: 'c' }] } });
  });

  it('refuses a document type declaration, so that no entity can be defined or expanded', () => {
    const read = readXml('<!DOCTYPE r [<!ENTITY a "aaaa">]><r>&a;</r>');
    expect(read).toMatchObject({ ok: false, message: expect.stringContaining('document type declaration') });
  });

  it('refuses mismatched tags, unknown entities and unclosed elements', () => {
    expect(readXml('<a></b>').ok).toBe(false);
    expect(readXml('<a>&nbsp;</a>').ok).toBe(false);
    expect(readXml('<a><b></b>').ok).toBe(false);
  });

  it('replaces characters XML cannot hold with U+FFFD rather than writing a file no reader accepts', () => {
    expect(escapeXmlText('a\u0001b')).toBe('a\uFFFDb');
  });
});
