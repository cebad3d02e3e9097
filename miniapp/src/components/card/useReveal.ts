import { useDidHide } from '@tarojs/taro';
import { useCallback, useEffect, useState } from 'react';
import type { Revealed } from './CardFace';
import { REVEAL_SECONDS, revealSecondsLeft } from './logic/reveal';

export interface Reveal {
  revealed: Revealed | null;
  secondsLeft: number;
  show(values: Revealed): void;
  hide(): void;
}

/**
 * The unmasked card values: shown for REVEAL_SECONDS, then masked again; also masked as soon as
 * the page is left (another page on top, the app sent to the background) or closed.
 */
export function useReveal(): Reveal {
  const [state, setState] = useState<{ values: Revealed; since: number } | null>(null);
  const [now, setNow] = useState(Date.now);

  useEffect(() => {
    if (!state) return undefined;
    const timer = setInterval(() => {
      const at = Date.now();
      if (revealSecondsLeft(state.since, at) === 0) setState(null);
      else setNow(at);
    }, 1000);
    return () => clearInterval(timer);
  }, [state]);

  const hide = useCallback(() => setState(null), []);
  useDidHide(hide);

  const show = useCallback((values: Revealed) => {
    const at = Date.now();
    setNow(at);
    setState({ values, since: at });
  }, []);

  return { revealed: state?.values ?? null, secondsLeft: state ? revealSecondsLeft(state.since, now, REVEAL_SECONDS) : 0, show, hide };
}
