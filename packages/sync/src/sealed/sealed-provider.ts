import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import { ObservableV2 } from 'lib0/observable';
import { awarenessEntries, claim } from '../awareness-clients.ts';
import { SealedRoomError } from './room-key.ts';
import { seal, unseal } from './seal.ts';
import { SEALED, decodeSealed, encodeSealed } from './wire.ts';

/** Options of a `SealedProvider`. */
export interface SealedProviderOptions {
  /** The WebSocket class to use where there is none (Node before 22: `ws`). */
  readonly WebSocketPolyfill?: typeof WebSocket;
  /** The longest wait between two attempts to reconnect, in ms; default 2,500. */
  readonly maxBackoffTime?: number;
  /** After how many log entries a device sends one sealed state to stand in for them; default 64. */
  readonly compactEvery?: number;
}

/** The events of a `SealedProvider`. */
export interface SealedProviderEvents {
  /** The connection to the relay opened or closed. */
  status: (event: { status: 'connected' | 'disconnected' }) => void;
  /** Everything the relay held for the room has been read (`true`), or the connection is gone (`false`). */
  synced: (synced: boolean) => void;
  /** A message did not open with the room key (dropped, nothing of it applied), or the key given could not be read. */
  error: (error: SealedRoomError) => void;
}

/**
 * Connects a Yjs document to a sealed room of a Relmap relay (rules E1 to E5): every update and awareness state is
 * sealed with the room key (AES-GCM) before it leaves the device, so the relay holds and passes on only ciphertext.
 * On every connection the device sends its whole state once, sealed, so that a relay that lost the room (restarted,
 * or everyone had left) gets it back, and edits made offline reach the others. It has `awareness`, `on('status')` and
 * `destroy()` as y-websocket's provider has, so presence works over either.
 */
export class SealedProvider extends ObservableV2<SealedProviderEvents> {
  /** Who is here and what they are doing, shared sealed like the document. */
  readonly awareness: awarenessProtocol.Awareness;
  readonly #url: string;
  readonly #room: string;
  #key: CryptoKey | undefined;
  readonly #doc: Y.Doc;
  readonly #options: SealedProviderOptions;
  #ws: WebSocket | undefined;
  #closed = false;
  #connected = false;
  #synced = false;
  #attempts = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #seen = 0;
  #sinceCompact = 0;
  /** Incoming messages are opened one after another, so that they apply in the order the relay sent them. */
  #incoming: Promise<void> = Promise.resolve();
  /** The awareness client ids each connection of the room has announced, to drop them when it leaves. */
  readonly #peers = new Map<number, Set<number>>();

  /**
   * `key` may be a promise (`importRoomKey(text)`): the provider connects once it resolves, and if it rejects, emits
   * the error and stays disconnected.
   */
  constructor(url: string, room: string, key: CryptoKey | PromiseLike<CryptoKey>, doc: Y.Doc, options: SealedProviderOptions = {}) {
    super();
    this.#url = `${url.replace(/\/$/, '')}/sealed/${room}`;
    this.#room = room;
    this.#doc = doc;
    this.#options = options;
    this.awareness = new awarenessProtocol.Awareness(doc);
    doc.on('update', this.#onUpdate);
    this.awareness.on('update', this.#onAwareness);
    Promise.resolve(key).then(
      (k) => {
        this.#key = k;
        if (!this.#closed) this.#connect();
      },
      (error: unknown) => {
        const reason = error instanceof SealedRoomError ? error : new SealedRoomError('bad-key', 'key', 'The room key could not be read');
        if (!this.#closed) this.emit('error', [reason]);
      },
    );
  }

  /** Whether the connection to the relay is open now. */
  get connected(): boolean {
    return this.#connected;
  }

  /** Whether everything the relay held for the room when this connection opened has been read. */
  get synced(): boolean {
    return this.#synced;
  }

  /** Leaves the room for good: the others see this device's presence go, and no timer or socket is left. */
  override destroy(): void {
    this.#closed = true;
    clearTimeout(this.#timer);
    this.#doc.off('update', this.#onUpdate);
    this.awareness.off('update', this.#onAwareness);
    this.awareness.destroy();
    this.#ws?.close();
    super.destroy();
  }

  #context(kind: 'update' | 'awareness'): string {
    return `relmap:${this.#room}:${kind}`;
  }

  #connect(): void {
    const Socket = this.#options.WebSocketPolyfill ?? WebSocket;
    const ws = new Socket(this.#url);
    ws.binaryType = 'arraybuffer';
    this.#ws = ws;
    ws.onopen = () => {
      this.#attempts = 0;
      this.#connected = true;
      this.emit('status', [{ status: 'connected' }]);
      this.#send(SEALED.update, [], 'update', Y.encodeStateAsUpdate(this.#doc));
      if (this.awareness.getLocalState() !== null) this.#sendAwareness();
    };
    ws.onmessage = (event: MessageEvent) => {
      const data = new Uint8Array(event.data as ArrayBuffer);
      this.#incoming = this.#incoming.then(() => this.#receive(data));
    };
    ws.onclose = () => {
      if (this.#ws !== ws) return;
      this.#ws = undefined;
      const was = this.#connected;
      this.#connected = false;
      this.#synced = false;
      const others = [...this.#peers.values()].flatMap((ids) => [...ids]);
      this.#peers.clear();
      if (!this.#closed) awarenessProtocol.removeAwarenessStates(this.awareness, others, this);
      if (was) {
        this.emit('status', [{ status: 'disconnected' }]);
        this.emit('synced', [false]);
      }
      if (this.#closed) return;
      const wait = Math.min(100 * 2 ** this.#attempts++, this.#options.maxBackoffTime ?? 2500);
      this.#timer = setTimeout(() => this.#connect(), wait);
    };
  }

  async #receive(data: Uint8Array): Promise<void> {
    if (this.#closed) return;
    const { kind, numbers, payload } = decodeSealed(data, false);
    const from = numbers[0]!;
    if (kind === SEALED.caughtUp) {
      this.#seen = Math.max(this.#seen, from);
      this.#synced = true;
      this.emit('synced', [true]);
      return;
    }
    if (kind === SEALED.joined) {
      // The relay keeps no awareness of a sealed room: a device that joins hears who is here from them.
      if (this.awareness.getLocalState() !== null) this.#sendAwareness();
      return;
    }
    if (kind === SEALED.left) {
      const ids = this.#peers.get(from);
      this.#peers.delete(from);
      if (ids) awarenessProtocol.removeAwarenessStates(this.awareness, [...ids], this);
      return;
    }
    const context = this.#context(kind === SEALED.entry ? 'update' : 'awareness');
    let plain: Uint8Array;
    try {
      plain = await unseal(this.#key!, context, payload);
    } catch {
      const where = kind === SEALED.entry ? `log entry ${from}` : `presence from connection ${from}`;
      this.emit('error', [new SealedRoomError('decryption-failed', where, 'A message did not open with the room key and was dropped')]);
      return;
    }
    if (this.#closed) return;
    if (kind === SEALED.presence) {
      const ids = this.#peers.get(from) ?? new Set<number>();
      this.#peers.set(from, ids);
      for (const { id } of awarenessEntries(plain)) claim(this.#peers, from, id);
      awarenessProtocol.applyAwarenessUpdate(this.awareness, plain, this);
      return;
    }
    Y.applyUpdate(this.#doc, plain, this);
    this.#seen = Math.max(this.#seen, from);
    if (++this.#sinceCompact >= (this.#options.compactEvery ?? 64)) {
      this.#sinceCompact = 0;
      // This device has applied every entry up to #seen, so its whole state can stand in for them (rule E4).
      this.#send(SEALED.compact, [this.#seen], 'update', Y.encodeStateAsUpdate(this.#doc));
    }
  }

  readonly #onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin !== this) this.#send(SEALED.update, [], 'update', update);
  };

  readonly #onAwareness = ({ added, updated, removed }: Record<'added' | 'updated' | 'removed', number[]>, origin: unknown): void => {
    if (origin === this) return;
    if ([...added, ...updated, ...removed].includes(this.#doc.clientID)) this.#sendAwareness();
  };

  #sendAwareness(): void {
    this.#send(SEALED.awareness, [], 'awareness', awarenessProtocol.encodeAwarenessUpdate(this.awareness, [this.#doc.clientID]));
  }

  #outgoing: Promise<void> = Promise.resolve();

  /** Seals and sends in order; what cannot be sent now is not queued: the whole state goes on the next connection. */
  #send(kind: number, numbers: number[], context: 'update' | 'awareness', plain: Uint8Array): void {
    const ws = this.#ws;
    if (!ws || !this.#connected) return;
    this.#outgoing = this.#outgoing
      .then(async () => {
        const sealed = await seal(this.#key!, this.#context(context), plain);
        if (ws.readyState === ws.OPEN) ws.send(new Uint8Array(encodeSealed(kind, numbers, sealed)));
      })
      .catch(() => undefined);
  }
}
