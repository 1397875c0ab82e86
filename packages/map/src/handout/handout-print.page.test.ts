import { inflateSync } from 'node:zlib';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cases } from '@relmap/cases';
import { serveBuiltPage, type BuiltPage } from '../testing/built-page.ts';
import { privateTexts } from '../testing/private-texts.ts';
import type { HandoutPage } from './page/main.ts';

let built: BuiltPage;
let origin = '';
let browser: Browser;
let maker: Page;

beforeAll(async () => {
  built = await serveBuiltPage(new URL('./page/', import.meta.url), { prefix: 'relmap-handout' });
  ({ origin, browser } = built);
  maker = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await maker.goto(origin);
  await maker.waitForFunction(() => 'handoutPage' in window);
});

afterAll(async () => {
  await built?.close();
});

/** How many pages a PDF has: its page objects (`/Type /Page`, not `/Pages`), in plain or compressed object streams. */
function pageCount(pdf: Buffer): number {
  const texts = [pdf.toString('latin1')];
  const streams = /stream\r?\n/g;
  for (let m = streams.exec(texts[0]!); m; m = streams.exec(texts[0]!)) {
    const end = texts[0]!.indexOf('endstream', m.index);
    try {
      texts.push(inflateSync(pdf.subarray(m.index + m[0].length, end)).toString('latin1'));
    } catch {
      // Not a Flate stream (an image, a font): no page objects in it.
    }
  }
  return texts.reduce((n, t) => n + (t.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0), 0);
}

async function handout(caseId: string, version?: 'full'): Promise<string> {
  return maker.evaluate(([id, v]) => (window as unknown as { handoutPage: HandoutPage }).handoutPage.handout(id, v ? { version: 'full' } : {}), [
    caseId,
    version,
  ] as const);
}

describe('the handout printed to PDF', () => {
  for (const c of cases) {
    it(`V36: ${c.id}: one A4 and one Letter page, whose text holds no private note, formulation note or full name`, async () => {
      const inv = c.session12;
      const html = await handout(c.id);
      const page = await browser.newPage();
      await page.setContent(html);
      await page.emulateMedia({ media: 'print' });
      // What is printed is what the page holds: its text and every attribute, under the print stylesheet.
      const printed = await page.evaluate(() => `${document.body.innerText}\n${document.documentElement.outerHTML}`);
      const never = [...privateTexts(inv), ...Object.values(inv.focus).map((f) => f.note?.text ?? '')].filter((t) => t.trim().length > 3);
      for (const secret of never) expect(printed, secret).not.toContain(secret);
      for (const person of Object.values(inv.people)) if (person.name.length > 2) expect(printed, person.name).not.toContain(person.name);
      expect(printed).toContain('We are working on');
      for (const format of ['A4', 'Letter'] as const) {
        const pdf = await page.pdf({ format, printBackground: true });
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(pageCount(pdf), `${c.id} on ${format}`).toBe(1);
      }
      await page.close();
    });
  }

  it('V36: the count of pages can tell two pages from one: the full version with forty goals runs over', async () => {
    const html = await maker.evaluate(() =>
      (window as unknown as { handoutPage: HandoutPage }).handoutPage.handout('ruth', {
        version: 'full',
        goals: Array.from({ length: 40 }, (_, i) => `Goal ${i + 1}`),
      }),
    );
    const page = await browser.newPage();
    await page.setContent(html);
    expect(await page.evaluate(() => document.body.innerText)).toContain('Margaret');
    expect(pageCount(await page.pdf({ format: 'A4' }))).toBeGreaterThan(1);
    await page.close();
  });
});
