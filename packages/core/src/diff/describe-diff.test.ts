import { describe, expect, it } from 'vitest';
import { addPerson, markDeceased, removePerson, updatePerson } from '../commands/people.ts';
import { setCloseness, setConflict, setSupport } from '../commands/client-tie.ts';
import { linkPeople, updateLink } from '../commands/person-ties.ts';
import { sampleInventory } from '../testing/sample-inventory.ts';
import { describeDiff } from './describe-diff.ts';
import { diffInventories } from './diff-inventories.ts';

describe('describeDiff', () => {
  it('D6: an empty diff gives no sentences', () => {
    const inv = sampleInventory();
    expect(describeDiff(diffInventories(inv, inv))).toEqual([]);
  });

  it('says what changed in short sentences, in a fixed order', () => {
    const a = sampleInventory();
    let b = addPerson(a, { id: 'working-parents-group', name: 'Working parents group', kind: 'group' });
    b = removePerson(b, { id: 'lea' });
    b = setCloseness(b, { id: 'ingrid', ring: 1 });
    b = setConflict(b, { id: 'henrik', conflict: 'low' });
    b = setSupport(b, { id: 'ingrid', support: 'strong' });
    b = markDeceased(b, { id: 'henrik' });
    b = linkPeople(b, { id: 'jonas-ingrid', a: 'jonas', b: 'ingrid' });
    b = updateLink(b, { id: 'henrik-ingrid', changes: { closeness: 'distant', conflict: 'cutoff' } });
    expect(describeDiff(diffInventories(a, b))).toEqual([
      'Added: Working parents group.',
      'Removed: Lea.',
      'Henrik died.',
      'Ingrid moved from ring 2 to ring 1 (inward).',
      'Conflict with Henrik eased: high → low.',
      'Support from Ingrid increased: some → strong.',
      'Tie added between Ingrid and Jonas.',
      'Tie between Henrik and Ingrid: closeness normal → distant.',
      'Conflict between Henrik and Ingrid worsened: high → cutoff.',
    ]);
    expect(describeDiff(diffInventories(b, a))).toContain('Tie removed between Ingrid and Jonas.');
  });

  it('names a renamed person by both names', () => {
    const a = sampleInventory();
    const b = updatePerson(a, { id: 'henrik', changes: { name: 'Hank' } });
    expect(describeDiff(diffInventories(a, b))).toEqual(['Henrik was renamed Hank.']);
  });

  it('uses the given labels, so a shared screen never shows the names it hides', () => {
    const a = sampleInventory();
    let b = updatePerson(a, { id: 'henrik', changes: { name: 'Hank' } });
    b = setCloseness(b, { id: 'henrik', ring: 1 });
    const sentences = describeDiff(diffInventories(a, b), { label: (p) => p.id.slice(0, 1).toUpperCase() });
    expect(sentences).toEqual(['H: name changed.', 'H moved from ring 2 to ring 1 (inward).']);
    expect(sentences.join(' ')).not.toMatch(/Henrik|Hank/);
  });
});
