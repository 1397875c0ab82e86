import { afterEach, expect } from 'vitest';
import { axeViolations } from '../packages/map/src/testing/axe.ts';

// Every story is checked with axe-core after it has rendered and played: WCAG 2.0, 2.1 and 2.2, levels A and AA.
// Page-level best practices (landmarks, a page heading) are left out: a story is a fragment of a page.
afterEach(async () => {
  const root = document.querySelector('#storybook-root') ?? document.body;
  if (!root.firstElementChild) return;
  expect(await axeViolations(root, { bestPractice: false }), 'axe-core violations').toEqual([]);
});
