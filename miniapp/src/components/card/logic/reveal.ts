/** How long the unmasked name and numbers stay on screen before they are masked again. */
export const REVEAL_SECONDS = 30;

/** `440106197803120039` -> `440106 19780312 0039`: address, birth date, sequence and check. */
export function groupIdNumber(id: string): string {
  return id.length === 18 ? `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}` : id;
}

/** Whole seconds left of a reveal that started at `since` (0 when it is over). */
export function revealSecondsLeft(since: number, now: number, seconds: number = REVEAL_SECONDS): number {
  return Math.max(0, Math.ceil((since + seconds * 1000 - now) / 1000));
}
