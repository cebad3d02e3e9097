/** The six-digit keypad: what a key press makes of the value. Pure, tested under Node. */
export const PIN_LENGTH = 6;

export type PinKey = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | 'delete';

/** Keypad rows, phone layout; `null` is the empty corner. */
export const PIN_ROWS: readonly (readonly (PinKey | null)[])[] = [
  ['1', '2', '3'],
  ['4', '5', '6'],
  ['7', '8', '9'],
  [null, '0', 'delete'],
];

export function pressKey(value: string, key: PinKey): string {
  if (key === 'delete') return value.slice(0, -1);
  return value.length >= PIN_LENGTH ? value : value + key;
}

/** A key of a physical keyboard (H5) as a keypad key, if it is one. */
export function keyFromKeyboard(key: string): PinKey | undefined {
  if (/^\d$/.test(key)) return key as PinKey;
  return key === 'Backspace' || key === 'Delete' ? 'delete' : undefined;
}
