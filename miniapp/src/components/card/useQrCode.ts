import { useDidHide, useDidShow } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { issueQr } from '../../services/api/card';
import { NetworkError } from '../../services/errors';
import { qrDataUrl } from './logic/qr-image';
import { isExpired, refreshDelayMs, secondsToRefresh, type QrTiming } from './logic/qr-schedule';

const NETWORK_RETRY_MS = 10_000;

export interface QrState {
  /** The picture of the current code; kept while a refresh is under way. */
  image: string | null;
  /** Seconds until the next code; null without a code. */
  secondsLeft: number | null;
  expired: boolean;
  loading: boolean;
  error: unknown;
  refresh(): void;
}

/**
 * The dynamic QR code: asks for one, asks again `refreshInSeconds` after it arrived, counts down
 * each second. Stops while the page is hidden (no code is needed, and codes are rate-limited) and
 * asks for a fresh one when it shows again.
 */
export function useQrCode(enabled: boolean): QrState {
  const [code, setCode] = useState<(QrTiming & { image: string }) | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [now, setNow] = useState(Date.now);
  const [visible, setVisible] = useState(true);
  const inFlight = useRef(false);
  const alive = useRef(true);

  const refresh = useCallback(() => {
    if (inFlight.current) return;
    inFlight.current = true;
    setLoading(true);
    issueQr().then(
      (qr) => {
        if (!alive.current) return;
        const receivedAt = Date.now();
        setCode({ receivedAt, refreshInSeconds: qr.refreshInSeconds, expiresAt: qr.expiresAt, image: qrDataUrl(qr.token) });
        setNow(receivedAt);
        setError(null);
      },
      (failure: unknown) => alive.current && setError(failure),
    ).finally(() => {
      inFlight.current = false;
      if (alive.current) setLoading(false);
    });
  }, []);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  useDidShow(() => setVisible(true));
  useDidHide(() => setVisible(false));

  // A first code, and a fresh one whenever the page comes back or the card becomes usable.
  useEffect(() => {
    if (enabled && visible) refresh();
    if (!enabled) setCode(null); // a code of a card that just stopped working must not come back
  }, [enabled, visible, refresh]);

  // Without a network, try again now and then; other failures wait for the person's tap.
  useEffect(() => {
    if (!enabled || !visible || !(error instanceof NetworkError)) return undefined;
    const retry = setTimeout(refresh, NETWORK_RETRY_MS);
    return () => clearTimeout(retry);
  }, [enabled, visible, error, refresh]);

  // The countdown and the automatic refresh.
  useEffect(() => {
    if (!enabled || !visible || !code) return undefined;
    const tick = setInterval(() => setNow(Date.now()), 1000);
    const next = setTimeout(refresh, refreshDelayMs(code, Date.now()));
    return () => {
      clearInterval(tick);
      clearTimeout(next);
    };
  }, [enabled, visible, code, refresh]);

  if (!enabled) return { image: null, secondsLeft: null, expired: false, loading: false, error: null, refresh };
  return {
    image: code?.image ?? null,
    secondsLeft: code ? secondsToRefresh(code, now) : null,
    expired: code ? isExpired(code, now) : false,
    loading,
    error,
    refresh,
  };
}
