// The first step of `pnpm test`: make sure the browser tests have a Chromium, installing Debian's if it may.
import { ensureChromium } from './chromium.mjs';

try {
  ensureChromium();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
