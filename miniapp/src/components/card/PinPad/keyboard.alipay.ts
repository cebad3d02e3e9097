import type { PinKey } from '../logic/pin';

/** Mini-programs have no physical keyboard: the keypad is the only input. */
export function useKeyboardKeys(_active: boolean, _press: (key: PinKey) => void): void {}
