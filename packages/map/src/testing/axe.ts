import axe from 'axe-core';

/**
 * Runs axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA, and, unless `bestPractice` is false, best practices) on
 * an element, its shadow roots included, and returns one readable line per violation: the rule, what it asks,
 * and where it failed.
 */
export async function axeViolations(context: Element, { bestPractice = true } = {}): Promise<string[]> {
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', ...(bestPractice ? ['best-practice'] : [])];
  const result = await axe.run(context, {
    runOnly: { type: 'tag', values: tags },
    resultTypes: ['violations'],
  });
  return result.violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join(' | ')}`);
}
