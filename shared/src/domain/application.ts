import { addChinaYears, chinaDayStart } from './period';

/**
 * Card applications follow the real issuing pipeline. The state machine lives here so the BFF
 * enforces it and the mini-program can draw the timeline from the same list.
 */
export const APPLICATION_KINDS = ['new', 'replacement', 'renewal'] as const;
export type ApplicationKind = (typeof APPLICATION_KINDS)[number];

export const MAIN_STAGES = [
  'submitted',
  'review',
  'accountOpened',
  'inProduction',
  'cityBankReceived',
  'branchReceived',
  'readyToCollect',
  'activated',
] as const;
export const SIDE_STAGES = ['reviewFailed', 'productionFailed', 'cancelled', 'expiredUncollected'] as const;
export type MainStage = (typeof MAIN_STAGES)[number];
export type SideStage = (typeof SIDE_STAGES)[number];
export type Stage = MainStage | SideStage;
export const STAGES: readonly Stage[] = [...MAIN_STAGES, ...SIDE_STAGES];

const NEXT: Record<Stage, readonly Stage[]> = {
  submitted: ['review', 'cancelled'],
  review: ['accountOpened', 'reviewFailed', 'cancelled'],
  accountOpened: ['inProduction', 'cancelled'],
  inProduction: ['cityBankReceived', 'productionFailed'],
  cityBankReceived: ['branchReceived'],
  branchReceived: ['readyToCollect'],
  readyToCollect: ['activated', 'expiredUncollected'],
  // A failed production is made again; the other side states and activation are final.
  productionFailed: ['inProduction'],
  activated: [],
  reviewFailed: [],
  cancelled: [],
  expiredUncollected: [],
};

export function canTransition(from: Stage, to: Stage): boolean {
  return NEXT[from].includes(to);
}

export function nextStages(from: Stage): readonly Stage[] {
  return NEXT[from];
}

/** The person may cancel until the card goes into production. */
export function canCancel(stage: Stage): boolean {
  return canTransition(stage, 'cancelled');
}

export function isFinal(stage: Stage): boolean {
  return NEXT[stage].length === 0;
}

/** Cards not collected within a year (a calendar year, China time) are sealed and must be applied for again. */
export const UNCOLLECTED_EXPIRY_YEARS = 1;
/** Social security cards are issued for ten years. */
export const CARD_VALIDITY_YEARS = 10;
/** Renewal is possible from this many days before the card expires. */
export const RENEWAL_WINDOW_DAYS = 60;

/** When a card ready at the branch since `readySince` and still not collected is sealed. */
export function sealedAt(readySince: Date): Date {
  return addChinaYears(readySince, UNCOLLECTED_EXPIRY_YEARS);
}

/**
 * Whether a card is past its expiry. The stored expiry is the last instant of its day in China, so
 * the comparison is of instants; the card page, QR codes, scans and loss reports all use this.
 */
export function isCardExpired(expiresAt: Date, now: Date): boolean {
  return expiresAt.getTime() <= now.getTime();
}

/** Renewal opens at the start of the China calendar day 60 days before the card expires. */
export function renewableFrom(expiresAt: Date): Date {
  return chinaDayStart(new Date(expiresAt.getTime() - RENEWAL_WINDOW_DAYS * 24 * 60 * 60 * 1000));
}
