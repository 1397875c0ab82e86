/**
 * A readable id for test data, made from a label the way ids were made before core's ids became opaque (`Dr. Osei`
 * gives `dr-osei`, then `dr-osei-2`): random ids would change the order in which the layout meets people and ties
 * (it breaks ties by id), and so the pictures that seeded property tests and benchmarks compare.
 */
export function readableId(label: string, taken: (id: string) => boolean): string {
  const root =
    label
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48)
      .replace(/-+$/g, '') || 'p';
  if (!taken(root)) return root;
  for (let n = 2; ; n++) if (!taken(`${root}-${n}`)) return `${root}-${n}`;
}
