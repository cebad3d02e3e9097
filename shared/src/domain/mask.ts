/**
 * One masking rule per kind of value, used by every response, log line and page.
 * ID numbers keep their first and last character only (the product-wide rule).
 */
export function maskIdNumber(id: string): string {
  if (id.length <= 2) return '*'.repeat(id.length);
  return `${id[0]}${'*'.repeat(id.length - 2)}${id[id.length - 1]}`;
}

/** `13812341234` -> `138****1234`. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 7) return '*'.repeat(digits.length);
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`;
}

/** Keeps the family name (first character) and, for names of three or more, the last character. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length === 0) return '';
  if (chars.length === 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

/** Card numbers keep their first character and last two. */
export function maskCardNumber(card: string): string {
  if (card.length <= 3) return '*'.repeat(card.length);
  return `${card[0]}${'*'.repeat(card.length - 3)}${card.slice(-2)}`;
}
