import { canCancel, maskName, maskPhone, type ApplicationDetail, type MailAddress, type ReviewFailReason } from '@ssc/shared';
import { findBank, findBranch } from '../data/banks';
import type { Deps } from '../deps';
import type { Locale } from '../i18n/messages';
import { expectedDates, type Durations } from './application-estimates';
import type { ApplicationDoc } from './application-store';
import { stageExplanation } from './application-texts';

/** Keeps the first third of the street line (at most six characters): enough to recognise it, not to find the door. */
export function maskAddressLine(line: string): string {
  const chars = [...line];
  return `${chars.slice(0, Math.min(6, Math.ceil(chars.length / 3))).join('')}****`;
}

function maskedAddress(address: MailAddress): MailAddress {
  return { ...address, recipient: maskName(address.recipient), phone: maskPhone(address.phone), line: maskAddressLine(address.line) };
}

export function timeline(app: ApplicationDoc) {
  return app.history.map((entry) => ({
    stage: entry.stage,
    at: entry.at.toISOString(),
    office: entry.office ?? null,
    officePhone: entry.officePhone ?? null,
    note: entry.note ?? null,
    reason: (entry.reason ?? null) as ReviewFailReason | null,
  }));
}

export function toSummary(app: ApplicationDoc) {
  return {
    id: String(app._id),
    kind: app.kind,
    stage: app.stage,
    bank: { code: app.bankCode, name: findBank(app.bankCode)?.name ?? app.bankCode },
    submittedAt: app.submittedAt.toISOString(),
    stageChangedAt: app.stageChangedAt.toISOString(),
    canCancel: canCancel(app.stage),
    deliveryMethod: app.delivery.method,
  };
}

function delivery(deps: Deps, app: ApplicationDoc): ApplicationDetail['delivery'] {
  const { method, branchCode, addressEnc } = app.delivery;
  if (method === 'mail' && addressEnc) return { method, address: maskedAddress(JSON.parse(deps.cipher.decrypt(addressEnc)) as MailAddress) };
  return { method: 'branch', branchCode: branchCode ?? '' };
}

/** Everything the progress page shows; personal values masked. */
export function toDetail(deps: Deps, app: ApplicationDoc, locale: Locale, durations: Durations): ApplicationDetail {
  const branch = app.delivery.branchCode ? findBranch(app.bankCode, app.delivery.branchCode) : undefined;
  const lastReason = (app.history[app.history.length - 1]?.reason ?? null) as ReviewFailReason | null;
  return {
    ...toSummary(app),
    // Both names, as the bank list gives them: the app shows the one of its own language.
    branch: branch ? { code: branch.code, name: branch.name, nameEn: branch.nameEn, address: branch.address, phone: branch.phone } : null,
    delivery: delivery(deps, app),
    stageExplanation: stageExplanation(app.stage, lastReason, locale, app.delivery.method),
    timeline: timeline(app),
    expected: expectedDates(app.stage, app.stageChangedAt, durations, deps.now()),
  };
}
