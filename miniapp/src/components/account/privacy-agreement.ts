import type { KeyValueStore } from '../../services/kv';

const KEY = 'ssc.privacyAgreed';

/**
 * The privacy policy version the person agreed to on this device, before any personal data was
 * asked for. Not personal data itself: it stays after signing out, and a new policy version asks
 * again.
 */
export function createPrivacyAgreement(store: KeyValueStore) {
  return {
    agreedTo: (version: string): boolean => store.get(KEY) === version,
    agree: (version: string): void => store.set(KEY, version),
  };
}

export type PrivacyAgreement = ReturnType<typeof createPrivacyAgreement>;
