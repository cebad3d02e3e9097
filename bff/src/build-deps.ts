import type { Connection } from 'mongoose';
import type { Logger } from 'pino';
import type { Deps, Settings, SmsSender } from './deps';
import { createModels } from './models';
import type { Secrets } from './secrets';
import { createAnswerCache } from './services/answer-cache';
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
}

/** Compiles the models, builds their indexes (unique and TTL ones must exist before use) and the cipher. */
export async function buildDeps(input: DepsInput): Promise<Deps> {
  const models = createModels(input.connection);
  await Promise.all(Object.values(models).map((model) => model.init()));
  return {
    models,
    cipher: new FieldCipher(input.secrets.keyRing),
    secrets: input.secrets,
    sms: input.sms,
    settings: { ...DEFAULT_SETTINGS, ...input.settings },
    logger: input.logger,
    now: input.now ?? (() => new Date()),
    answers: createAnswerCache(),
  };
}
