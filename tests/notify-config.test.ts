import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import test from 'ava';
import { parseConfig } from '../bff/src/config';
import { ConfigError } from '../bff/src/config-error';
import { parseNotifyConfig } from '../bff/src/config-notify';
import { smsSenderFor } from '../bff/src/runtime';
import { loadSecrets } from '../bff/src/secrets';
import { memoryLogger } from './helpers/bff-app';
import { tempDataDir } from './helpers/bff-process';

const BASE = {
  DATA_KEYS: `k1:${randomBytes(32).toString('base64')}`,
  DATA_INDEX_KEY: randomBytes(32).toString('base64'),
  QR_SIGNING_KEY: randomBytes(32).toString('base64'),
  SCANNER_API_KEYS: 'clinic:scanner-key-0001',
  AGENCY_API_KEYS: 'agency:agency-key-for-config',
};
const SMS = { TENCENT_SMS_SECRET_ID: 'AKIDsecretid', TENCENT_SMS_SECRET_KEY: 'sms-secret-key-value', TENCENT_SMS_SDK_APP_ID: '1400006666', TENCENT_SMS_SIGN_NAME: '社保卡服务' };

function problems(run: () => unknown): Record<string, string> {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return Object.fromEntries(error.problems.map((p) => [p.variable, p.problem]));
    throw error;
  }
  throw new Error('expected a ConfigError');
}

const production = (env: Record<string, string>) => loadSecrets(env, { production: true, dataDir: '/nonexistent' });

test('a provider given only some of its variables stops start-up, naming the missing ones and no value', (t) => {
  const found = problems(() => production({ ...BASE, TENCENT_SMS_SECRET_KEY: 'half-configured-value', WECHAT_APPID: 'wx123' }));
  t.deepEqual(Object.keys(found).sort(), ['TENCENT_SMS_SDK_APP_ID', 'TENCENT_SMS_SECRET_ID', 'TENCENT_SMS_SIGN_NAME', 'WECHAT_SECRET']);
  let message = '';
  try {
    production({ ...BASE, TENCENT_SMS_SECRET_KEY: 'half-configured-value' });
  } catch (error) {
    message = (error as Error).message;
  }
  t.false(message.includes('half-configured-value'));
});

test('in production a provider without credentials is off, and texts then cannot be sent', async (t) => {
  const secrets = production(BASE);
  t.deepEqual([secrets.wechat.appId, secrets.alipay.appId, secrets.tencentSms, secrets.operatorKeys?.size], ['', '', null, 0]);
  const config = parseConfig({ NODE_ENV: 'production', MONGODB_URI: 'mongodb://db.internal:27017' });
  const sender = smsSenderFor(config, parseNotifyConfig({}), secrets, memoryLogger().logger);
  t.false(sender.available);
  await t.throwsAsync(sender.send('13800138000', { template: 'login', params: [], text: '', locale: 'zh-CN' }), { name: 'SmsSendError' });
});

test('complete credentials turn the provider on, from variables or the files they name', async (t) => {
  const dir = await tempDataDir(t);
  const keyFile = path.join(dir, 'sms-key');
  await writeFile(keyFile, 'key-from-a-file\n');
  const { TENCENT_SMS_SECRET_KEY: _inline, ...rest } = SMS;
  const secrets = production({ ...BASE, ...rest, TENCENT_SMS_SECRET_KEY_FILE: keyFile, OPERATOR_API_KEYS: 'ops:operator-key-0001' });
  t.like(secrets.tencentSms, { secretKey: 'key-from-a-file', sdkAppId: '1400006666' });
  t.is(secrets.operatorKeys?.get('operator-key-0001'), 'ops');
  const config = parseConfig({ NODE_ENV: 'production', MONGODB_URI: 'mongodb://db.internal:27017' });
  t.true(smsSenderFor(config, parseNotifyConfig({}), secrets, memoryLogger().logger).available);
});

test('alipay keys that are not pem keys stop start-up; real ones pass', (t) => {
  const found = problems(() => production({ ...BASE, ALIPAY_APPID: '2021000000000001', ALIPAY_PRIVATE_KEY: 'not a key', ALIPAY_PUBLIC_KEY: 'nor this' }));
  t.deepEqual(Object.keys(found).sort(), ['ALIPAY_PRIVATE_KEY', 'ALIPAY_PUBLIC_KEY']);
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const keys = { ALIPAY_PRIVATE_KEY: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), ALIPAY_PUBLIC_KEY: publicKey.export({ type: 'spki', format: 'pem' }).toString() };
  t.is(production({ ...BASE, ALIPAY_APPID: '2021000000000001', ...keys }).alipay.appId, '2021000000000001');
});

test('message templates are checked at start-up', (t) => {
  t.deepEqual(Object.keys(problems(() => parseNotifyConfig({ WECHAT_TEMPLATES: 'not json' }))), ['WECHAT_TEMPLATES']);
  const badKeyword = problems(() => parseNotifyConfig({ WECHAT_TEMPLATES: JSON.stringify({ 'card.lossLifted': { id: 'x', data: { colour1: 'title' } } }) }));
  t.regex(badKeyword.WECHAT_TEMPLATES ?? '', /card\.lossLifted\.data\.colour1/);
  t.deepEqual(Object.keys(problems(() => parseNotifyConfig({ TENCENT_SMS_TEMPLATES: JSON.stringify({ welcome: '123' }) }))), ['TENCENT_SMS_TEMPLATES']);
  const parsed = parseNotifyConfig({ WECHAT_TEMPLATES: JSON.stringify({ 'card.lossLifted': { id: 'tmpl', data: { thing1: 'title', time2: 'time' } } }), NOTIFY_LEASE_SECONDS: '90' });
  t.deepEqual(parsed.messageTemplates.weapp, { 'card.lossLifted': { id: 'tmpl', data: { thing1: 'title', time2: 'time' } } });
  t.is(parsed.worker.leaseMs, 90_000);
});

test('development keeps texts in the log without sms credentials and adds an operator key to old dev secrets', async (t) => {
  const dir = await tempDataDir(t);
  await writeFile(path.join(dir, 'dev-secrets.json'), JSON.stringify(BASE));
  const secrets = loadSecrets({}, { production: false, dataDir: dir });
  t.is(secrets.operatorKeys?.size, 1);
  t.is(loadSecrets({}, { production: false, dataDir: dir }).operatorKeys?.size, 1);
  t.deepEqual([...(loadSecrets({}, { production: false, dataDir: dir }).operatorKeys ?? [])], [...(secrets.operatorKeys ?? [])]);
  const { logger, log } = memoryLogger();
  const sender = smsSenderFor(parseConfig({}), parseNotifyConfig({}), secrets, logger);
  await sender.send('13800138000', { template: 'login', params: ['123456', '5'], text: '验证码123456', locale: 'zh-CN' });
  t.regex(log.text(), /development sender, not sent/);
  t.false(log.text().includes('13800138000'));
});

test('bank keys name a bank of the app; an unknown code stops start-up; old dev secrets get one', async (t) => {
  const secrets = production({ ...BASE, BANK_API_KEYS: 'ICBC:bank-key-icbc-0001, CCB:bank-key-ccb-00001' });
  t.deepEqual([...(secrets.bankKeys ?? [])], [
    ['bank-key-icbc-0001', 'ICBC'],
    ['bank-key-ccb-00001', 'CCB'],
  ]);
  const found = problems(() => production({ ...BASE, BANK_API_KEYS: 'XYZBANK:bank-key-xyz-000001' }));
  t.deepEqual(Object.keys(found), ['BANK_API_KEYS']);
  t.false(found.BANK_API_KEYS?.includes('bank-key-xyz-000001'), 'the key is not quoted');
  t.is(production(BASE).bankKeys?.size, 0, 'optional: without it, no bank reaches the agency routes');
  const dir = await tempDataDir(t);
  await writeFile(path.join(dir, 'dev-secrets.json'), JSON.stringify(BASE));
  const dev = loadSecrets({}, { production: false, dataDir: dir });
  t.deepEqual([...(dev.bankKeys?.values() ?? [])], ['ICBC']);
  t.deepEqual([...(loadSecrets({}, { production: false, dataDir: dir }).bankKeys ?? [])], [...(dev.bankKeys ?? [])], 'kept, not made again');
});

test('a machine-client key given twice, or too short, stops start-up without quoting it', (t) => {
  const twice = problems(() => production({ ...BASE, BANK_API_KEYS: 'ICBC:shared-key-000000001,CCB:shared-key-000000001' }));
  t.deepEqual(twice, { BANK_API_KEYS: 'gives one key to two clients' });
  const across = problems(() => production({ ...BASE, BANK_API_KEYS: 'ICBC:agency-key-for-config' }));
  t.deepEqual(across, { BANK_API_KEYS: 'gives a key that AGENCY_API_KEYS gives too' });
  const short = problems(() => production({ ...BASE, BANK_API_KEYS: 'CCB:k' }));
  t.deepEqual(short, { BANK_API_KEYS: 'has a key shorter than 16 characters' });
});
