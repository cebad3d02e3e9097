import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * Encryption of personal fields at rest (AES-256-GCM) and their keyed-hash lookup index.
 * A ciphertext names the key that made it (`<keyId>.<iv>.<tag>.<data>`), so keys can rotate: new
 * writes use the current key, old values stay readable while their key is in the ring.
 * Lookups never use plain values: `index()` is an HMAC over a normalised value with its own key.
 */
export interface KeyRing {
  /** Key id -> 32-byte key. */
  keys: ReadonlyMap<string, Buffer>;
  currentKeyId: string;
  /** 32-byte key of the lookup index. */
  indexKey: Buffer;
}

export class FieldCipher {
  constructor(private readonly ring: KeyRing) {
    if (!ring.keys.has(ring.currentKeyId)) throw new Error(`current data key ${ring.currentKeyId} is not in the key ring`);
    for (const [id, key] of ring.keys) if (key.length !== 32) throw new Error(`data key ${id} must be 32 bytes`);
    if (ring.indexKey.length !== 32) throw new Error('index key must be 32 bytes');
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.ring.keys.get(this.ring.currentKeyId) as Buffer, iv);
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [this.ring.currentKeyId, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join('.');
  }

  decrypt(sealed: string): string {
    const [keyId, iv, tag, data] = sealed.split('.');
    const key = keyId === undefined ? undefined : this.ring.keys.get(keyId);
    if (!key || iv === undefined || tag === undefined || data === undefined) throw new Error('unreadable or unknown-key ciphertext');
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
  }

  /** Keyed hash of `kind:value`, the only form in which a personal value is ever queried. */
  index(kind: string, value: string): string {
    return createHmac('sha256', this.ring.indexKey).update(`${kind}:${value}`).digest('base64url');
  }

  /** True when the value was sealed with a key other than the current one (due for re-encryption). */
  isStale(sealed: string): boolean {
    return !sealed.startsWith(`${this.ring.currentKeyId}.`);
  }
}
