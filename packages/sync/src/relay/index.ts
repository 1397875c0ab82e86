/** `@relmap/sync/relay`: a small Yjs relay for Node, speaking the y-websocket protocol. */
export { startRelay, type Relay, type RelayOptions } from './relay.ts';
export { isRoomName, newRoomName } from './room-name.ts';
