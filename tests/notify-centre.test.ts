import test from 'ava';
import { enqueue } from '../bff/src/services/outbox-service';
import { boundPerson, type TestApi } from './helpers/api';
import { drain, startNotifyApi } from './helpers/notify';

const CENTRE = '/api/v1/notifications';

async function notices(api: TestApi, personId: string, count: number) {
  for (let i = 0; i < count; i += 1) {
    await enqueue(api.deps, { personId, kind: i % 2 ? 'card.lossLifted' : 'card.passwordLocked', payload: { cardId: '65f000000000000000000003' } });
    api.clock.advance(1000);
  }
  await drain(api);
}

test('lists the person’s notifications newest first, unread marked, a page at a time, in the request’s language', async (t) => {
  const { api } = await startNotifyApi(t);
  const person = await boundPerson(api, { platform: 'h5' });
  await notices(api, person.personId, 3);
  const first = await api.call('GET', `${CENTRE}?limit=2`, { token: person.token, headers: { 'accept-language': 'es' } });
  t.is(first.status, 200);
  t.is(first.body.unread, 3);
  t.deepEqual(first.body.notifications.map((n: { kind: string }) => n.kind), ['card.passwordLocked', 'card.lossLifted']);
  t.like(first.body.notifications[0], { title: 'Contraseña de servicio bloqueada', read: false, readAt: null, link: { target: 'cardPassword', page: '/subpackages/card/password/index' } });
  const second = await api.call('GET', `${CENTRE}?limit=2&before=${first.body.nextCursor}`, { token: person.token });
  t.is(second.body.notifications.length, 1);
  t.is(second.body.nextCursor, null);
  t.is(second.body.notifications[0].title, '社保卡服务密码已锁定');
});

test('marking one read lowers the badge; read-all clears it; marking again keeps the first time', async (t) => {
  const { api } = await startNotifyApi(t);
  const person = await boundPerson(api);
  await notices(api, person.personId, 3);
  const list = await api.call('GET', CENTRE, { token: person.token });
  const id = list.body.notifications[1].id;
  const read = await api.call('POST', `${CENTRE}/${id}/read`, { token: person.token });
  t.like(read.body, { id, read: true });
  api.clock.advance(5000);
  t.is((await api.call('POST', `${CENTRE}/${id}/read`, { token: person.token })).body.readAt, read.body.readAt);
  t.deepEqual((await api.call('GET', `${CENTRE}/unread-count`, { token: person.token })).body, { unread: 2 });
  t.deepEqual((await api.call('POST', `${CENTRE}/read-all`, { token: person.token })).body, { marked: 2, unread: 0 });
  t.deepEqual((await api.call('GET', `${CENTRE}/unread-count`, { token: person.token })).body, { unread: 0 });
});

test('another person gets 404 for someone else’s notification and never sees it; no session gets 401', async (t) => {
  const { api } = await startNotifyApi(t);
  const owner = await boundPerson(api);
  const other = await boundPerson(api);
  await notices(api, owner.personId, 1);
  const [mine] = (await api.call('GET', CENTRE, { token: owner.token })).body.notifications;
  t.is((await api.call('POST', `${CENTRE}/${mine.id}/read`, { token: other.token })).status, 404);
  t.is((await api.call('GET', `${CENTRE}?before=${mine.id}`, { token: other.token })).status, 404);
  const theirs = await api.call('GET', CENTRE, { token: other.token });
  t.deepEqual([theirs.body.notifications, theirs.body.unread], [[], 0]);
  t.is((await api.call('POST', `${CENTRE}/read-all`, { token: other.token })).body.marked, 0);
  t.is((await api.call('GET', `${CENTRE}/unread-count`, { token: owner.token })).body.unread, 1);
  for (const [method, path] of [['GET', CENTRE], ['GET', `${CENTRE}/unread-count`], ['POST', `${CENTRE}/read-all`], ['POST', `${CENTRE}/${mine.id}/read`], ['GET', `${CENTRE}/preferences`], ['PUT', `${CENTRE}/preferences`], ['POST', `${CENTRE}/subscriptions`]] as const) {
    t.is((await api.call(method, path, { body: method === 'GET' ? undefined : {} })).status, 401, `${method} ${path}`);
  }
});

test('preferences default to platform messages without SMS, change per kind, and keep what the body leaves out', async (t) => {
  const { api } = await startNotifyApi(t);
  const person = await boundPerson(api);
  const initial = await api.call('GET', `${CENTRE}/preferences`, { token: person.token });
  t.deepEqual(initial.body.kinds['card.lossLifted'], { platform: true, sms: false });
  t.is(initial.body.locale, 'zh-CN');
  const changed = await api.call('PUT', `${CENTRE}/preferences`, { token: person.token, body: { kinds: { 'application.stageChanged': { sms: true } } } });
  t.deepEqual(changed.body.kinds['application.stageChanged'], { platform: true, sms: true });
  t.deepEqual(changed.body.kinds['card.lossLifted'], { platform: true, sms: false });
  const bad = await api.call('PUT', `${CENTRE}/preferences`, { token: person.token, body: { kinds: { 'card.unknown': { sms: true } } } });
  t.is(bad.status, 400);
});

test('switches saved at the same moment all stay, for a new person and again for one with settings', async (t) => {
  const { api } = await startNotifyApi(t);
  const person = await boundPerson(api);
  const save = (kinds: Record<string, { platform?: boolean; sms?: boolean }>) => api.call('PUT', `${CENTRE}/preferences`, { token: person.token, body: { kinds } });
  const first = await Promise.all([save({ 'application.stageChanged': { sms: true } }), save({ 'card.lossLifted': { platform: false } }), save({ 'card.passwordLocked': { sms: true } }), save({ 'card.formalLoss': { platform: false, sms: true } })]);
  t.deepEqual(first.map((r) => r.status), [200, 200, 200, 200], JSON.stringify(first.map((r) => r.body.error)));
  const after = (await api.call('GET', `${CENTRE}/preferences`, { token: person.token })).body.kinds;
  t.deepEqual(after, {
    'application.stageChanged': { platform: true, sms: true },
    'card.lossLifted': { platform: false, sms: false },
    'card.passwordLocked': { platform: true, sms: true },
    'card.formalLoss': { platform: false, sms: true },
  });
  await Promise.all([save({ 'application.stageChanged': { platform: false } }), save({ 'application.stageChanged': { sms: false } }), save({ 'card.lossLifted': { sms: true } })]);
  const again = (await api.call('GET', `${CENTRE}/preferences`, { token: person.token })).body.kinds;
  t.deepEqual(again['application.stageChanged'], { platform: false, sms: false }, 'two channels of one kind, saved at once');
  t.deepEqual(again['card.lossLifted'], { platform: false, sms: true });
});

test('the language of notices follows the app’s requests until the person chooses one', async (t) => {
  const { api } = await startNotifyApi(t);
  const person = await boundPerson(api);
  await api.call('GET', `${CENTRE}/unread-count`, { token: person.token, headers: { 'accept-language': 'en-US,en;q=0.9' } });
  t.is((await api.call('GET', `${CENTRE}/preferences`, { token: person.token })).body.locale, 'en');
  await api.call('PUT', `${CENTRE}/preferences`, { token: person.token, body: { locale: 'es' } });
  await api.call('GET', `${CENTRE}/unread-count`, { token: person.token, headers: { 'accept-language': 'zh-CN' } });
  t.is((await api.call('GET', `${CENTRE}/preferences`, { token: person.token })).body.locale, 'es');
});

test('tap-time subscriptions add quota for the app’s own templates only; the web version has none', async (t) => {
  const { api } = await startNotifyApi(t);
  const person = await boundPerson(api, { platform: 'weapp' });
  const results = [{ templateId: 'wx-tmpl-stage', accepted: true }, { templateId: 'wx-tmpl-loss', accepted: false }, { templateId: 'made-up', accepted: true }];
  const res = await api.call('POST', `${CENTRE}/subscriptions`, { token: person.token, body: { results } });
  t.deepEqual(res.body, { quota: [{ templateId: 'wx-tmpl-stage', available: 1 }] });
  const templates = await api.call('GET', `${CENTRE}/subscriptions`, { token: person.token });
  t.like(templates.body, { platform: 'weapp', templates: { 'application.stageChanged': 'wx-tmpl-stage' } });
  const web = await boundPerson(api, { platform: 'h5' });
  const refused = await api.call('POST', `${CENTRE}/subscriptions`, { token: web.token, body: { results: [{ templateId: 'wx-tmpl-stage', accepted: true }] } });
  t.is(refused.status, 409);
  t.is(refused.body.error.code, 'SUBSCRIPTIONS_UNSUPPORTED');
});
