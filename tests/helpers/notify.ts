import { randomBytes } from 'node:crypto';
import type { ExecutionContext } from 'ava';
import { buildDeps } from '../../bff/src/build-deps';
import type { Deps } from '../../bff/src/deps';
import type { MessageTemplates } from '../../bff/src/notify/templates-config';
import { deliverDue, type WorkerOptions } from '../../bff/src/notify/worker';
import { boundPerson, startApi, testSecrets, type TestApi, type TestPerson } from './api';
import { memoryLogger } from './bff-app';
import { connectLikeTheServer } from './bff-db';
import { startFakeMessaging, type FakeMessaging } from './fake-messaging';

const data = { thing1: 'title', phrase2: 'status', time3: 'time', thing4: 'detail' } as const;
const alipayData = { keyword1: 'title', keyword2: 'status', keyword3: 'time' } as const;

export const TEMPLATES: MessageTemplates = {
  weapp: {
    'application.stageChanged': { id: 'wx-tmpl-stage', data },
    'card.lossLifted': { id: 'wx-tmpl-loss', data },
    'card.passwordLocked': { id: 'wx-tmpl-lock', data },
    'card.formalLoss': { id: 'wx-tmpl-formal', data },
  },
  alipay: {
    'application.stageChanged': { id: 'ali-tmpl-stage', data: alipayData },
    'card.lossLifted': { id: 'ali-tmpl-loss', data: alipayData },
    'card.passwordLocked': { id: 'ali-tmpl-lock', data: alipayData },
  },
};

export const OPERATOR_KEY = 'operator-key-for-tests-0001';
export const STAGE_TEMPLATE = 'wx-tmpl-stage';

/** The whole API with WeChat, Alipay and Tencent SMS pointed at fakes on loopback (SMS stays in memory unless swapped). */
export async function startNotifyApi(t: ExecutionContext): Promise<{ api: TestApi; fake: FakeMessaging }> {
  const fake = await startFakeMessaging(t);
  const api = await startApi(t, {
    secrets: { ...testSecrets(), wechat: fake.secrets.wechat, alipay: fake.secrets.alipay, operatorKeys: new Map([[OPERATOR_KEY, 'test-operator']]) },
    settings: { wechatApiBase: fake.wechatApiBase, alipayGateway: fake.alipayGateway, messageTemplates: TEMPLATES },
  });
  return { api, fake };
}

/** Stores the platform address (openid or Alipay user id) on the person's account, as a login does. */
export async function giveAddress<P extends TestPerson>(api: TestApi, person: P, platform: 'weapp' | 'alipay' = 'weapp'): Promise<P & { subject: string }> {
  const subject = platform === 'weapp' ? `o-${randomBytes(8).toString('hex')}` : `2088${String(Math.floor(Math.random() * 1e12)).padStart(12, '0')}`;
  await api.deps.models.Account.updateOne({ _id: person.accountId }, { $set: { subjectEnc: api.deps.cipher.encrypt(subject) } });
  return { ...person, subject };
}

/** A bound person on `platform` whose account has its address. */
export async function messagingPerson(api: TestApi, platform: 'weapp' | 'alipay' = 'weapp') {
  return giveAddress(api, await boundPerson(api, { platform }), platform);
}

/** Another instance of the BFF: its own connection to the same database, same secrets, settings and clock. */
export async function secondInstance(t: ExecutionContext, api: TestApi): Promise<Deps> {
  const first = api.deps.models.Outbox.db;
  const connection = await connectLikeTheServer(t, `mongodb://${first.host}:${first.port}`, first.name);
  const { logger } = memoryLogger();
  return buildDeps({ connection, logger, secrets: api.deps.secrets, sms: api.deps.sms, settings: api.deps.settings, now: api.deps.now });
}

/** Reports `count` accepted tap-time subscriptions of a template, as the mini-program would. */
export async function subscribe(api: TestApi, token: string, templateId: string, count = 1): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    const res = await api.call('POST', '/api/v1/notifications/subscriptions', { token, body: { results: [{ templateId, accepted: true }] } });
    if (res.status !== 200) throw new Error(`subscription report failed: ${res.status} ${JSON.stringify(res.body)}`);
  }
}

/** Runs one worker round in the test's process, with jitter fixed at its middle. */
export function drain(api: TestApi, options: WorkerOptions = {}) {
  return deliverDue(api.deps, { owner: 'test-worker', random: () => 0.5, ...options });
}

export function outbox(api: TestApi, filter: Record<string, unknown> = {}) {
  return api.deps.models.Outbox.find(filter).sort({ createdAt: 1, _id: 1 }).lean();
}
