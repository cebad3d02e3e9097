/**
 * When to ask for the next QR code and when the one shown stops working. Timed from the moment
 * the answer arrived on this phone, not from the phone's clock against `expiresAt`: a phone whose
 * clock is minutes off would otherwise refresh in a loop or show a dead code.
 */
export interface QrTiming {
  /** Local time (ms) the code arrived. */
  receivedAt: number;
  refreshInSeconds: number;
  expiresAt: string;
}

/** How long the code works after it arrived, in ms. */
export function lifetimeMs(qr: QrTiming): number {
  const refresh = qr.refreshInSeconds * 1000;
  const claimed = Date.parse(qr.expiresAt) - qr.receivedAt;
  // Believable only when the clocks roughly agree: at least the refresh interval, at most a few.
  return Number.isFinite(claimed) && claimed >= refresh && claimed <= refresh * 3 ? claimed : refresh;
}

/** Whole seconds until the next code is due (0 when due now). */
export function secondsToRefresh(qr: QrTiming, now: number): number {
  return Math.max(0, Math.ceil((qr.receivedAt + qr.refreshInSeconds * 1000 - now) / 1000));
}

/** Milliseconds to wait before asking for the next code. */
export function refreshDelayMs(qr: QrTiming, now: number): number {
  return Math.max(0, qr.receivedAt + qr.refreshInSeconds * 1000 - now);
}

/** The code can no longer be scanned (a refresh failed, say, while offline). */
export function isExpired(qr: QrTiming, now: number): boolean {
  return now >= qr.receivedAt + lifetimeMs(qr);
}
