import { useEffect, useRef } from 'react';
import { keyFromKeyboard, type PinKey } from '../logic/pin';

/** A browser has a physical keyboard (and screen-reader users type): it presses the keypad too. */
export function useKeyboardKeys(active: boolean, press: (key: PinKey) => void): void {
  const latest = useRef(press);
  latest.current = press;
  useEffect(() => {
    if (!active || typeof document === 'undefined') return undefined;
    const onKey = (event: KeyboardEvent) => {
      // Typing into a real input elsewhere on the page (the SMS code) is not for the keypad.
      const target = event.target as HTMLElement | null;
      if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA')) return;
      const key = keyFromKeyboard(event.key);
      if (!key) return;
      event.preventDefault();
      latest.current(key);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [active]);
}
