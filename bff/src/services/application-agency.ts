import type { IssuedCard, ReviewFailReason, Stage } from '@ssc/shared';
import type { Deps } from '../deps';
import { AppError, ForbiddenError } from '../errors';
import { recordAccess } from './access-log-service';
import type { ApplicationDoc } from './application-store';
import { transition } from './application-transitions';
import { timeline } from './application-view';

/** The agency's view: codes, dates and the timeline; no name, phone or address. */
function toAgencyView(app: ApplicationDoc) {
  return {
    id: String(app._id),
    kind: app.kind,
    stage: app.stage,
    bankCode: app.bankCode,
    branchCode: app.delivery.branchCode ?? null,
    deliveryMethod: app.delivery.method,
    submittedAt: app.submittedAt.toISOString(),
    stageChangedAt: app.stageChangedAt.toISOString(),
    timeline: timeline(app),
  };
}

/** The worklist: applications (in one stage, if asked), the longest waiting first. */
export async function agencyWorklist(deps: Deps, query: { stage?: Stage; limit: number; bankCode?: string }) {
  const filter = { ...(query.stage ? { stage: query.stage } : { open: true }), ...(query.bankCode ? { bankCode: query.bankCode } : {}) };
  const apps = await deps.models.Application.find(filter).sort({ stageChangedAt: 1, _id: 1 }).limit(query.limit).lean();
  return { applications: apps.map(toAgencyView) };
}

export interface AgencyStep {
  applicationId: string;
  /** The agency system's name (from its API key), recorded in the person's access log. */
  client: string;
  /** A bank's key: only that bank's applications exist for it. */
  bankCode?: string;
  to: Stage;
  /** The stage the agency saw; the step is refused if the application has moved on since. */
  from?: Stage;
  office: string;
  officePhone?: string;
  note?: string;
  reason?: ReviewFailReason;
  card?: IssuedCard;
  requestId?: string;
}

/**
 * The steps a co-issuing bank takes: opening the account, receiving and handing over the card,
 * sealing one never collected. Review and production are the agency's.
 */
const BANK_STEPS: readonly Stage[] = ['accountOpened', 'cityBankReceived', 'branchReceived', 'readyToCollect', 'activated', 'expiredUncollected'];

export async function agencyTransition(deps: Deps, step: AgencyStep) {
  const { applicationId, client, requestId, ...rest } = step;
  if (rest.bankCode && !BANK_STEPS.includes(rest.to)) throw new ForbiddenError(`A bank does not record ${rest.to}`, { details: { to: rest.to } });
  // Withdrawing an application is the applicant's choice alone (the mini-program's cancel).
  if (rest.to === 'cancelled') throw new AppError(409, 'ILLEGAL_TRANSITION', 'Only the applicant cancels an application', { details: { to: rest.to } });
  const app = await transition(deps, { applicationId, by: 'agency', actor: client, ...rest });
  await recordAccess(deps, { personId: String(app.personId), actor: client, action: 'application.stageChange', requestId });
  return toAgencyView(app);
}
