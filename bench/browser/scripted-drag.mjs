import { benchGraph } from './src/graph.js';

/**
 * A scripted drag on a bench page: press on a person (middle ring first, drawn well inside the stage and not
 * covered, so that every move lands) and circle with them for about two seconds, one move per frame. Returns the
 * page's frame summary over the drag, or null when no person could be grabbed.
 */
export async function dragPerson(page, n) {
  let start = null;
  const people = benchGraph(n).people.sort((a, b) => Math.abs(a.ring - 2) - Math.abs(b.ring - 2));
  for (const p of people) {
    const at = await page.evaluate((i) => window.bench.point(i), p.id);
    if (at && at.x > 100 && at.x < 480 && at.y > 160 && at.y < 440) {
      start = at;
      break;
    }
  }
  if (!start) return null;
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.evaluate(() => window.bench.startFrames());
  for (let i = 1; i <= 120; i++) {
    const a = (i / 120) * 2 * Math.PI;
    await page.mouse.move(start.x + 60 * Math.sin(a) + i * 0.5, start.y - 60 * (1 - Math.cos(a)));
    await new Promise((r) => setTimeout(r, 16));
  }
  const summary = await page.evaluate(() => window.bench.stopFrames());
  await page.mouse.up();
  return summary;
}
