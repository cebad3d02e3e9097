import type { Connection } from 'mongoose';
import type { Logger } from 'pino';
import type { Deps, Settings, SmsSender } from './deps';
import { moveToEmployerKeys } from './db/record-keys';
import { createModels } from './models';
import type { Secrets } from './secrets';
import { AccessLogWriter } from './services/access-log-service';
import { createAnswerCache } from './services/answer-cache';
import { ChangeFeed, FEED_DEFAULTS, type ChangeFeedOptions } from './services/change-feed';
import { CoherentCache } from './services/coherent-cache';
import { FieldCipher } from './security/field-cipher';

export const DEFAULT_SETTINGS: Settings = {
  sessionIdleMs: 30 * 60 * 1000,
  sessionAbsoluteMs: 12 * 60 * 60 * 1000,
  wechatApiBase: 'https://api.weixin.qq.com',
  alipayGateway: 'https://openapi.alipay.com/gateway.do',
  messageTemplates: { weapp: {}, alipay: {} },
  wechatMiniprogramState: 'formal',
  demoMode: false,
  checkResponses: false,
};

export interface DepsInput {
  connection: Connection;
  logger: Logger;
  secrets: Secrets;
  sms: SmsSender;
  settings?: Partial<Settings>;
  now?: () => Date;
  /** Tests shorten or lengthen the change feed's timings. */
  feed?: Partial<ChangeFeedOptions>;
}

/** Sessions and versions kept in memory are read again after a minute even if nothing was heard. */
const KEEP_MS = 60_000;

/** Compiles the models, builds their indexes (unique and TTL ones must exist before use) and the cipher. */
export async function buildDeps(input: DepsInput): Promise<Deps> {
  // Before the models are compiled: compiling starts building their indexes.
  await moveToEmployerKeys(input.connection, input.logger);
  const models = createModels(input.connection);
  await Promise.all(Object.values(models).map((model) => model.init()));
  const feed = new ChangeFeed(models.Change.collection, input.logger, { ...FEED_DEFAULTS, ...input.feed });
  // A closed connection (shutdown, the end of a test) ends the polling with it.
  input.connection.once('close', () => feed.stop());
  return {
    models,
    cipher: new FieldCipher(input.secrets.keyRing),
    secrets: input.secrets,
    sms: input.sms,
    settings: { ...DEFAULT_SETTINGS, ...input.settings },
    logger: input.logger,
    now: input.now ?? (() => new Date()),
    answers: createAnswerCache(),
    feed,
    sessions: new CoherentCache(feed, { topic: 'sessions', tagOf: (s) => s.accountId, max: 100_000, maxAgeMs: KEEP_MS }),
    versions: new CoherentCache(feed, { topic: 'records', tagOf: (v) => v.personId, max: 100_000, maxAgeMs: KEEP_MS }),
    accessLog: new AccessLogWriter(models.AccessLog.collection),
  };
}
