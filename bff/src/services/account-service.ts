import type { Me } from '@ssc/shared';
import type { Deps } from '../deps';
import { UnauthorizedError } from '../errors';
import { listAccess } from './access-log-service';
import { maskedPerson } from './person-service';

/** What the signed-in user may know about their own account: masked person and consent in force. */
export async function describeAccount(deps: Deps, accountId: string): Promise<Me> {
  const account = await deps.models.Account.findById(accountId).lean();
  if (!account) throw new UnauthorizedError('Account of the session is gone');
  const person = account.personId ? await maskedPerson(deps, String(account.personId)) : null;
  const consent = person ? [...account.consents].reverse().find((c) => c.withdrawnAt == null) : undefined;
  return {
    platform: account.platform,
    bound: person !== null,
    person,
    consent: consent ? { version: consent.version, acceptedAt: consent.acceptedAt.toISOString() } : null,
  };
}

/** The person's own data-access history: who did what, when. */
export async function accessHistory(deps: Deps, personId: string) {
  return { entries: await listAccess(deps, personId) };
}
