import type { MessageKey } from '../../i18n';

/** The action codes the BFF writes to the access log (bff/src/services, bff/src/routes/records.ts). */
const ACTIONS = {
  'card.read': 'account.access.action.cardRead',
  'card.reveal': 'account.access.action.cardReveal',
  'card.scanned': 'account.access.action.cardScanned',
  'card.lossReported': 'account.access.action.lossReported',
  'card.lossLifted': 'account.access.action.lossLifted',
  'card.formalLoss': 'account.access.action.formalLoss',
  'card.issued': 'account.access.action.cardIssued',
  'card.passwordChanged': 'account.access.action.passwordChanged',
  'card.passwordReset': 'account.access.action.passwordReset',
  'records.read': 'account.access.action.recordsRead',
  'records.summary': 'account.access.action.recordsSummary',
  'records.years': 'account.access.action.recordsYears',
  'records.statement': 'account.access.action.recordsStatement',
  'records.import': 'account.access.action.recordsImport',
  'records.withdraw': 'account.access.action.recordsWithdraw',
  'binding.started': 'account.access.action.bindingStarted',
  'binding.bound': 'account.access.action.bindingBound',
  'binding.unbound': 'account.access.action.bindingUnbound',
  'application.submit': 'account.access.action.applicationSubmit',
  'application.stageChange': 'account.access.action.applicationStage',
} as const satisfies Record<string, MessageKey>;

/** Sessions log the platform they came from; machine clients (scanners, agency systems) their name. */
const PLATFORMS = {
  weapp: 'account.access.actor.weapp',
  alipay: 'account.access.actor.alipay',
  h5: 'account.access.actor.h5',
} as const satisfies Record<string, MessageKey>;

// Object.hasOwn is missing from older mini-program engines.
function has<T extends object>(table: T, key: string): key is Extract<keyof T, string> {
  return Object.prototype.hasOwnProperty.call(table, key);
}

type ActionKey = (typeof ACTIONS)[keyof typeof ACTIONS];
type PlatformKey = (typeof PLATFORMS)[keyof typeof PLATFORMS];

/** A log line in plain words: the key of a known action, or the generic text with the raw code. */
export function actionWords(action: string): { key: ActionKey } | { key: 'account.access.action.other'; code: string } {
  return has(ACTIONS, action) ? { key: ACTIONS[action] } : { key: 'account.access.action.other', code: action };
}

export function actorWords(actor: string): { key: PlatformKey } | { key: 'account.access.actor.unknown' } | { key: 'account.access.actor.system'; name: string } {
  if (has(PLATFORMS, actor)) return { key: PLATFORMS[actor] };
  if (actor === '' || actor === 'unknown') return { key: 'account.access.actor.unknown' };
  return { key: 'account.access.actor.system', name: actor };
}
