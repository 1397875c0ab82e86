import { startClientPage } from './client-page.ts';

startClientPage(document.querySelector<HTMLElement>('#app')!, location.hash);
