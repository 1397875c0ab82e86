/** The error of a sealed room: a key that is not one, or a message that does not open with the room's key. */
export class SealedRoomError extends Error {
  /** `bad-key`: the link's key is not a 256-bit key; `decryption-failed`: a message was altered or sealed with another key. */
  readonly code: 'bad-key' | 'decryption-failed';
  /** Where it happened: the link's `key`, or the kind and number of the message. */
  readonly where: string;
  constructor(code: 'bad-key' | 'decryption-failed', where: string, message: string) {
    super(`${message} (${where})`);
    this.name = 'SealedRoomError';
    this.code = code;
    this.where = where;
  }
}

const KEY_BYTES = 32;

/** A new room key: 256 random bits for AES-GCM, made on this device and never sent to the relay. */
export function newRoomKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: KEY_BYTES * 8 }, true, ['encrypt', 'decrypt']);
}

/** The key as it goes in an invitation link's fragment: 43 base64url characters. */
export async function exportRoomKey(key: CryptoKey): Promise<string> {
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', key));
  return base64url(raw);
}

/**
 * A new room key as it goes in a link, made at once (`importRoomKey` turns it into the key): 256 random bits as 43
 * base64url characters. For a page that must write the link before WebCrypto's promise resolves.
 */
export function newRoomKeyText(): string {
  const raw = crypto.getRandomValues(new Uint8Array(KEY_BYTES));
  return base64url(raw);
}

/** Whether `text` has the form of a room key in a link: 43 base64url characters, 256 bits. */
export function isRoomKeyText(text: string): boolean {
  return /^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$/.test(text);
}

/** Reads a key from a link's fragment; anything but 43 base64url characters for 256 bits is refused with `bad-key`. */
export async function importRoomKey(text: string): Promise<CryptoKey> {
  if (!isRoomKeyText(text)) throw new SealedRoomError('bad-key', 'key', 'The link does not carry a 256-bit room key');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const raw = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
}

function base64url(raw: Uint8Array): string {
  return btoa(String.fromCharCode(...raw))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}
