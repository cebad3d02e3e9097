export const BASE_DELAY_MS = 30_000;
export const MAX_DELAY_MS = 6 * 60 * 60 * 1000;

/**
 * Delay before retry `attempt` (1 = after the first failure): exponential, capped, with "equal
 * jitter" (half fixed, half random) so records failed together by one outage do not all come
 * back at the same instant, yet none comes back at once.
 */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
