import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, readCsv, writeCsv } from './csv-text.ts';

describe('RFC 4180 CSV text', () => {
  it('quotes cells with commas, quotes, line breaks or edge spaces, and doubles the quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvCell(' padded')).toBe('" padded"');
  });

  it('writes a formula-like cell so that a spreadsheet shows it as text', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(readCsv(writeCsv(['name'], [['=1+1'], ['-dash']]))).toEqual({ ok: true, table: { header: ['name'], rows: [['=1+1'], ['-dash']] } });
  });

  it('ends every row with CRLF', () => {
    expect(writeCsv(['a', 'b'], [['1', '2']])).toBe('a,b\r\n1,2\r\n');
  });

  it('reads back any table it writes', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', ' ', ',', '"', '\r', '\n', '\r\n', 'é', '“', "'", '=', '-', '@', '\t') });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.array(fc.array(cell, { minLength: 4, maxLength: 4 }), { maxLength: 5 }), (width, raw) => {
        const header = Array.from({ length: width }, (_, i) => `c${i}`);
        const rows = raw.map((r) => r.slice(0, width)).filter((r) => !(width === 1 && r[0] === ''));
        const read = readCsv(writeCsv(header, rows));
        expect(read).toEqual({ ok: true, table: { header, rows } });
      }),
    );
  });

  it('accepts LF line ends, a byte-order mark and a missing final line end', () => {
    expect(readCsv('\uFEFFa,b\n1,"x\ny"')).toEqual({ ok: true, table: { header: ['a', 'b'], rows: [['1', 'x\ny']] } });
  });

  it('refuses an unclosed quote, a stray quote and a row of the wrong width, saying where', () => {
    expect(readCsv('a\n"open')).toMatchObject({ ok: false, line: 2 });
    expect(readCsv('a\nx"y')).toMatchObject({ ok: false, message: expect.stringContaining('quote') });
    expect(readCsv('a,b\n1')).toMatchObject({ ok: false, message: 'row 1 has 1 cells, but the header has 2.' });
  });
});
