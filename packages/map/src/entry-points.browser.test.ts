import { describe, expect, it } from 'vitest';

const TAGS = ['relationship-map', 'relationship-table', 'relationship-detail', 'relationship-compare'];

// One sequence, in this order: each step depends on what the previous imports defined.
describe('the entry points of @relmap/map', () => {
  it('define only their own element, then all four through the index, each once and without throwing', async () => {
    const session = await import('./session.ts');
    expect(typeof session.EditingSession).toBe('function');
    expect(TAGS.filter((tag) => customElements.get(tag))).toEqual([]);

    const map = await import('./relationship-map.ts');
    expect(customElements.get('relationship-map')).toBe(map.RelationshipMap);
    expect(TAGS.filter((tag) => customElements.get(tag))).toEqual(['relationship-map']);

    const table = await import('./relationship-table.ts');
    expect(customElements.get('relationship-table')).toBe(table.RelationshipTable);
    expect(customElements.get('relationship-detail')).toBeUndefined();

    const compare = await import('./relationship-compare.ts');
    expect(customElements.get('relationship-compare')).toBe(compare.RelationshipCompare);

    const all = await import('./index.ts');
    expect(TAGS.map((tag) => customElements.get(tag))).toEqual([all.RelationshipMap, all.RelationshipTable, all.RelationshipDetail, all.RelationshipCompare]);
    expect(all.RelationshipMap).toBe(map.RelationshipMap);
  });

  it('the timeline registers itself from its own entry point only: @relmap/map does not ship it', async () => {
    const all = await import('./index.ts');
    expect(Object.keys(all)).not.toContain('RelationshipTimeline');
    expect(customElements.get('relationship-timeline')).toBeUndefined();
    const timeline = await import('./relationship-timeline.ts');
    expect(customElements.get('relationship-timeline')).toBe(timeline.RelationshipTimeline);
    expect(timeline.defaultTimelineStrings.title).toBe('Life events and goal reviews');
  });

  it('the goals element registers itself from its own entry point only: @relmap/map does not ship it', async () => {
    const all = await import('./index.ts');
    expect(Object.keys(all)).not.toContain('RelationshipGoals');
    expect(customElements.get('relationship-goals')).toBeUndefined();
    const goals = await import('./relationship-goals.ts');
    expect(customElements.get('relationship-goals')).toBe(goals.RelationshipGoals);
    expect(goals.defaultGoalsStrings.title).toBe('Treatment goals');
  });
});
