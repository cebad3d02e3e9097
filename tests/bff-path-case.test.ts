import test from 'ava';
import { AGENCY_KEY, startApi } from './helpers/api';
import { applicant, branchBody, submit } from './helpers/applications';
import { personWithCard } from './helpers/card';

// Routes match their paths exactly; a path in other letter cases is still an API request to
// everything around the router, so it can never slip past the API's own checks.

test('answers a route only at its own path, and 404 with no-store at the same path in capitals', async (t) => {
  const api = await startApi(t);
  const holder = await personWithCard(api);
  t.is((await api.call('GET', '/api/v1/card', { token: holder.token })).status, 200);
  for (const path of ['/API/v1/card', '/Api/V1/Card', '/api/v1/CARD']) {
    const res = await api.call('GET', path, { token: holder.token });
    t.is(res.status, 404, path);
    t.is(res.body.error.code, 'NOT_FOUND', path);
    t.is(res.headers.get('cache-control'), 'no-store', path);
    t.false(JSON.stringify(res.body).includes(holder.name), path);
  }
});

test('refuses hostile characters on an api path in capitals before anything else', async (t) => {
  const api = await startApi(t);
  const person = await applicant(api);
  const created = await submit(api, person.token, branchBody(person.photoId));
  // A right-to-left override in a note the person would read on their timeline.
  const body = { to: 'review', office: 'X\u202eY', note: 'ok \u202egnp.exe\u202c' };
  for (const path of [`/api/v1/agency/applications/${created.body.id}/transitions`, `/API/v1/agency/applications/${created.body.id}/transitions`]) {
    const res = await api.call('POST', path, { headers: { 'x-api-key': AGENCY_KEY }, body });
    t.is(res.status, 400, path);
    t.is(res.body.error.code, 'VALIDATION_FAILED', path);
  }
  const timeline = (await api.call('GET', `/api/v1/applications/${created.body.id}`, { token: person.token })).body.timeline;
  t.false(JSON.stringify(timeline).includes('\u202e'));
});

test('logs an unmatched api path in capitals with its words masked', async (t) => {
  const api = await startApi(t);
  const res = await api.call('GET', '/API/v1/records/zhangsan/li-xiaomei');
  t.is(res.status, 404);
  const line = await api.log.waitFor((e) => e.msg === 'request completed' && e.status === 404);
  t.is(line.path, '/:x/v1/records/:x/:x');
  t.false(api.log.text().includes('zhangsan'));
});
