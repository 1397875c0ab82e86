/** A room name: 22 to 64 characters of base64url, so it can carry 128 random bits (22 characters hold 132). */
const ROOM = /^[A-Za-z0-9_-]{22,64}$/;

/** Whether a string may name a room: long enough to hold 128 random bits, so it cannot be guessed (rule R2). */
export function isRoomName(value: string): boolean {
  return ROOM.test(value);
}

/** A new room name of 128 random bits, in base64url (22 characters). */
export function newRoomName(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
