import type { PinKey } from '../logic/pin';

/** H5: digits and Backspace of a physical keyboard press the keypad while `active`; elsewhere nothing. */
export declare function useKeyboardKeys(active: boolean, press: (key: PinKey) => void): void;
