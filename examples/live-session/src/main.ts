import { cases } from '@relmap/cases';
import { startPresenterPage } from './presenter-page.ts';
import { isSessionId, newSessionId } from './session-id.ts';
import { openSessionStore } from './session-store.ts';
import { startTherapistPage } from './therapist-page.ts';

const win = window;
const root = document.querySelector<HTMLElement>('#app')!;
const params = new URLSearchParams(location.search);
const session = params.get('session');
const caseId = params.get('case');

if (params.has('presenter')) {
  document.body.classList.add('presenter');
  if (isSessionId(session)) startPresenterPage(root, win, session);
  else root.textContent = 'This presenter window has no session. Open it from the therapist’s page.';
} else {
  void startTherapist();
}

async function startTherapist(): Promise<void> {
  let sessionId = isSessionId(session) ? session : undefined;
  if (!sessionId && !caseId) {
    // Reopening the page without a session picks up the last one: a closed tab loses nothing.
    const store = await openSessionStore(win.indexedDB);
    sessionId = (await store.latest())?.id;
    store.close();
  }
  sessionId ??= newSessionId(win);
  const known = caseId && cases.some((c) => c.id === caseId) ? caseId : undefined;
  history.replaceState(null, '', `?session=${sessionId}${params.has('relay') ? `&relay=${encodeURIComponent(params.get('relay')!)}` : ''}`);
  const relay = params.get('relay');
  await startTherapistPage(root, { window: win, sessionId, ...(known ? { caseId: known } : {}), ...(relay && /^wss?:\/\//.test(relay) ? { relay } : {}) });
}
