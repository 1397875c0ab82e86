import type { AppWindow } from './app-window.ts';
import '@relmap/map';
import { withoutPrivateNotes, type Inventory } from '@relmap/core';
import type { PresentView } from './session-sync.ts';

/** A picture of the map as the client sees it: the SVG text, and a PNG made from it on demand. */
export interface ClientPicture {
  readonly svg: string;
  png(): Promise<Blob>;
}

/**
 * Draws the inventory as the shared screen shows it (presenting, read-only, the shared label mode, private notes
 * removed before the map ever gets them) in a map outside the visible page, and exports it. The therapist's own
 * map may show names; a picture that leaves the room should not.
 */
export async function clientPicture(win: AppWindow, inventory: Inventory, view: PresentView): Promise<ClientPicture> {
  const doc = win.document;
  const map = doc.createElement('relationship-map');
  map.readonly = true;
  map.presenting = true;
  map.labelMode = view.labelMode;
  map.theme = view.theme;
  map.setAttribute('aria-hidden', 'true');
  map.style.cssText = 'position:fixed;left:-10000px;top:0;width:900px;height:900px;';
  doc.body.append(map);
  try {
    map.inventory = withoutPrivateNotes(inventory);
    map.settle();
    await map.updateComplete;
    await new Promise<void>((resolve) => win.requestAnimationFrame(() => resolve()));
    await map.updateComplete;
    const svg = await map.toSVG();
    return { svg, png: () => pngOf(win, svg) };
  } finally {
    map.remove();
  }
}

// The offscreen map is gone by the time a PNG is asked for; the SVG it made is all a PNG needs.
async function pngOf(win: AppWindow, svg: string): Promise<Blob> {
  const img = new win.Image();
  const url = win.URL.createObjectURL(new win.Blob([svg], { type: 'image/svg+xml' }));
  try {
    img.src = url;
    await img.decode();
    const canvas = win.document.createElement('canvas');
    canvas.width = img.naturalWidth * 2;
    canvas.height = img.naturalHeight * 2;
    canvas.getContext('2d')!.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The PNG could not be made.'))), 'image/png'));
  } finally {
    win.URL.revokeObjectURL(url);
  }
}
