import { startRelay } from './relay.ts';

// `pnpm relay`: RELMAP_RELAY_HOST (default 127.0.0.1), RELMAP_RELAY_PORT (default 1234) and RELMAP_RELAY_ORIGINS
// (comma-separated page origins allowed; default: pages served from this machine only).
const env = process.env;
const origins = env['RELMAP_RELAY_ORIGINS']
  ?.split(',')
  .map((o) => o.trim())
  .filter(Boolean);
const relay = await startRelay({
  host: env['RELMAP_RELAY_HOST'] ?? '127.0.0.1',
  port: Number(env['RELMAP_RELAY_PORT'] ?? 1234),
  ...(origins && origins.length > 0 ? { origins } : {}),
});
console.log(`Relmap relay on ws://${env['RELMAP_RELAY_HOST'] ?? '127.0.0.1'}:${relay.port} (no persistence: rooms live only while someone is in them)`);
const stop = (): void => void relay.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
