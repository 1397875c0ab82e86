const IV_BYTES = 12;

/**
 * Seals bytes with AES-GCM under the room key: a fresh 96-bit nonce, then the ciphertext with its tag. `context`
 * (the room and the kind of message) is authenticated, so a sealed message cannot be replayed into another room or
 * as another kind.
 */
export async function seal(key: CryptoKey, context: string, plain: Uint8Array): Promise<Uint8Array> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(context) }, key, plain as BufferSource),
  );
  const out = new Uint8Array(IV_BYTES + sealed.byteLength);
  out.set(iv);
  out.set(sealed, IV_BYTES);
  return out;
}

/** Opens what `seal` made with the same key and context; rejects (WebCrypto's `OperationError`) on anything else. */
export async function unseal(key: CryptoKey, context: string, sealed: Uint8Array): Promise<Uint8Array> {
  if (sealed.byteLength < IV_BYTES + 16) throw new Error('too short to be sealed');
  const iv = sealed.subarray(0, IV_BYTES) as BufferSource;
  return new Uint8Array(
    await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(context) }, key, sealed.subarray(IV_BYTES) as BufferSource),
  );
}
