import type { Types } from 'mongoose';
import type { Deps } from '../deps';

type AccountId = Types.ObjectId | string;

/** Adds one message to an account's quota for a template: the person accepted it at a tap. */
export async function addQuota(deps: Deps, account: { accountId: AccountId; platform: 'weapp' | 'alipay' }, templateId: string): Promise<void> {
  const filter = { accountId: account.accountId, templateId };
  await deps.models.SubscriptionQuota.updateOne(
    filter,
    { $inc: { available: 1 }, $set: { updatedAt: deps.now() }, $setOnInsert: { platform: account.platform } },
    { upsert: true },
  );
}

/**
 * Uses one message of the quota, atomically, leaving at least `keep` for later; false when there
 * are no more than that.
 */
export async function takeQuota(deps: Deps, accountId: AccountId, templateId: string, keep = 0): Promise<boolean> {
  const taken = await deps.models.SubscriptionQuota.updateOne({ accountId, templateId, available: { $gt: keep } }, { $inc: { available: -1 }, $set: { updatedAt: deps.now() } });
  return taken.modifiedCount === 1;
}

/** The send did not happen (an outage): the platform did not use the subscription, so neither do we. */
export async function giveBackQuota(deps: Deps, accountId: AccountId, templateId: string): Promise<void> {
  await deps.models.SubscriptionQuota.updateOne({ accountId, templateId }, { $inc: { available: 1 }, $set: { updatedAt: deps.now() } });
}

/** The platform says the person has none (refused or unsubscribed): our count was wrong, make it zero. */
export async function clearQuota(deps: Deps, accountId: AccountId, templateId: string): Promise<void> {
  await deps.models.SubscriptionQuota.updateOne({ accountId, templateId }, { $set: { available: 0, updatedAt: deps.now() } });
}

export async function quotaOf(deps: Deps, accountId: AccountId) {
  const rows = await deps.models.SubscriptionQuota.find({ accountId }).sort({ templateId: 1 }).lean();
  return rows.map((row) => ({ templateId: row.templateId, available: row.available }));
}
