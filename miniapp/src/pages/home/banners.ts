import { isFinal, type ApplicationSummary, type CardView } from '@ssc/shared';
import type { z } from 'zod';

type Application = z.infer<typeof ApplicationSummary>;

export type HomeBanner =
  | { kind: 'temporaryLoss'; liftsAt: string | null }
  | { kind: 'formalLoss' }
  | { kind: 'passwordMustChange' }
  | { kind: 'cardExpired'; expiresAt: string }
  | { kind: 'applicationMoved'; applicationId: string; stageChangedAt: string };

/** Without a mark (never looked, or signed in again), changes of the last 30 days count as news. */
export const UNSEEN_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;

/** Cards in these states cannot be used or changed any more: their password no longer matters. */
const ENDED: readonly CardView['state'][] = ['L', 'G', 'T'];

/** The application whose stage changed last. */
export function latestApplication(applications: readonly Application[]): Application | undefined {
  return applications.reduce<Application | undefined>((latest, app) => (!latest || Date.parse(app.stageChangedAt) > Date.parse(latest.stageChangedAt) ? app : latest), undefined);
}

/**
 * The status banners of the home page, most urgent first: a lost card, an expired one, a password
 * still at its initial value, and an application that moved on since the person last looked (`seenUpTo`: the
 * stageChangedAt they last saw).
 */
export function homeBanners(input: { card: CardView | null; applications: readonly Application[]; seenUpTo: string | undefined; now: Date }): HomeBanner[] {
  const banners: HomeBanner[] = [];
  const { card } = input;
  if (card?.state === 'K') banners.push({ kind: 'temporaryLoss', liftsAt: card.loss?.liftsAt ?? null });
  if (card?.state === 'L') banners.push({ kind: 'formalLoss' });
  // Expired but not otherwise ended, and no application under way: renewal is what is left to do.
  const applying = input.applications.some((app) => !isFinal(app.stage));
  if (card?.expired && !ENDED.includes(card.state) && !applying) banners.push({ kind: 'cardExpired', expiresAt: card.expiresAt });
  if (card && card.password.mustChange && !ENDED.includes(card.state)) banners.push({ kind: 'passwordMustChange' });
  const latest = latestApplication(input.applications);
  const seen = input.seenUpTo ? Date.parse(input.seenUpTo) : input.now.getTime() - UNSEEN_WINDOW_MS;
  if (latest && Date.parse(latest.stageChangedAt) > seen) {
    banners.push({ kind: 'applicationMoved', applicationId: latest.id, stageChangedAt: latest.stageChangedAt });
  }
  return banners;
}
