import { exportCsv, type Inventory } from '@relmap/core';
import { RelationshipMap } from '@relmap/react';
import { createElement as h, useRef, useState } from 'react';
import { sampleInventory } from './sample.ts';

/**
 * A controlled map: every change comes to the app as `onRelmapChange`, which keeps the inventory in React state
 * (where an app would also save it) and passes it back in.
 */
export function App({ initial = sampleInventory() }: { initial?: Inventory }) {
  const [inventory, setInventory] = useState(initial);
  const [status, setStatus] = useState('');
  const map = useRef<HTMLElementTagNameMap['relationship-map']>(null);

  const download = () => {
    const { people } = exportCsv(inventory);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([people], { type: 'text/csv' }));
    link.download = 'people.csv';
    link.click();
    URL.revokeObjectURL(link.href);
  };

  return h(
    'div',
    { className: 'app' },
    h(
      'header',
      null,
      h('strong', null, `${Object.keys(inventory.people).length} people`),
      h('button', { type: 'button', onClick: () => map.current?.undo() }, 'Undo'),
      h('button', { type: 'button', onClick: () => map.current?.fit() }, 'Fit'),
      h('button', { type: 'button', onClick: download }, 'Export CSV'),
      h('span', { role: 'status' }, status),
    ),
    h(RelationshipMap, {
      ref: map,
      inventory,
      onRelmapChange: (event) => {
        event.preventDefault();
        setInventory(event.detail.inventory);
        setStatus(`Changed: ${event.detail.command}`);
      },
    }),
  );
}
