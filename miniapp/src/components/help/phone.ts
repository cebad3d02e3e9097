/** The digits to dial (and `+` for an international number): `010-6610 1234` -> `01066101234`. */
export function dialable(phone: string): string {
  return phone.replace(/[^\d+]/g, '');
}

/** An RFC 3966 link for H5, where the phone's own dialler takes over. */
export function telHref(phone: string): string {
  return `tel:${dialable(phone)}`;
}
