import Taro from '@tarojs/taro';
import { currentLocale } from '../i18n/current';
import { createSnapshotCache } from './cache';
import { createEtagCache } from './etag-cache';
import { createHttpClient, taroTransport, taroUploadTransport } from './http';
import type { KeyValueStore } from './kv';
import { redirectToBinding, redirectToLogin } from './navigation';
import { createPrefs } from './prefs';
import { createSession } from './session';

/*
 * The composition root: the only place the pure services meet Taro. Pages and services/api/*
 * import the instances from here.
 */

/** Taro's storage; also for the account pages' own marks (components/account/stores.ts). */
export const taroStore: KeyValueStore = {
  get(key) {
    // Taro answers '' for a missing key; storage may also throw when full or unavailable.
    try {
      const value: unknown = Taro.getStorageSync(key);
      return typeof value === 'string' && value !== '' ? value : undefined;
    } catch {
      return undefined;
    }
  },
  set: (key, value) => Taro.setStorageSync(key, value),
  remove: (key) => Taro.removeStorageSync(key),
};

/** Where the API is: TARO_APP_API_BASE, else the page's own origin on H5, else a local BFF. */
function apiBase(): string {
  const configured = process.env.TARO_APP_API_BASE;
  if (configured) return configured.replace(/\/$/, '');
  // Mini-programs need an absolute URL; this one suits the developer tools with a local BFF.
  return process.env.TARO_ENV === 'h5' ? '/api/v1' : 'http://127.0.0.1:3000/api/v1';
}

/** The API base URL. */
export const API_BASE = apiBase();

export const session = createSession(taroStore);
export const prefs = createPrefs(taroStore);
export const snapshots = createSnapshotCache(taroStore);
const etags = createEtagCache(taroStore);

// Cached answers are personal data: they go with the session.
session.onClear(() => {
  etags.clear();
  snapshots.clear();
});

export const http = createHttpClient({
  transport: taroTransport(Taro.request),
  upload: taroUploadTransport(Taro.uploadFile),
  baseUrl: API_BASE,
  session,
  locale: currentLocale,
  onUnauthorized: () => redirectToLogin(session),
  onNotBound: () => redirectToBinding(session),
  etags,
});
