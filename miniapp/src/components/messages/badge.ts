/** Past this the badge stops counting: a wider number would not fit the round badge. */
export const BADGE_MAX = 99;

/** The unread badge's text: nothing at 0 (the badge is hidden), `99+` past the limit. */
export function badgeText(unread: number): string {
  if (!Number.isFinite(unread) || unread <= 0) return '';
  return unread > BADGE_MAX ? `${BADGE_MAX}+` : String(Math.floor(unread));
}
