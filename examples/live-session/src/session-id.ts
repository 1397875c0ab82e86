import type { AppWindow } from './app-window.ts';
/** A new random session id: 16 hex digits from the window's crypto, enough that two sessions never share one. */
export function newSessionId(win: AppWindow): string {
  const bytes = win.crypto.getRandomValues(new Uint8Array(8));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Whether a string can be a session id (what `newSessionId` makes, or a similar short token). */
export function isSessionId(value: string | null): value is string {
  return value !== null && /^[a-z0-9-]{4,64}$/i.test(value);
}
