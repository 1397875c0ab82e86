import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Two pages: the therapist's (index.html, with the presenter window) and the client's (client.html), which a
// remote session's invitation link opens on the client's device.
export default defineConfig({
  build: {
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        client: fileURLToPath(new URL('./client.html', import.meta.url)),
      },
    },
  },
});
