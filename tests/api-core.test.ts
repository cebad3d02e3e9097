import test from 'ava';
import { FieldCipher } from '../bff/src/security/field-cipher';
import { consume } from '../bff/src/services/rate-limit-service';
import { boundPerson, startApi, testSecrets } from './helpers/api';

test('serves an OpenAPI 3.1 document', async (t) => {
  const api = await startApi(t);
  const res = await api.call('GET', '/api/v1/openapi.json');
  t.is(res.status, 200);
  t.is(res.body.openapi, '3.1.0');
  t.truthy(res.body.components.securitySchemes.session);
});

test('encrypts with the current key, reads older keys and never stores the plain value', (t) => {
  const secrets = testSecrets();
  const old = new FieldCipher(secrets.keyRing);
  const sealed = old.encrypt('11010519491231002X');
  t.false(sealed.includes('11010519491231002X'));
  t.true(sealed.startsWith('t1.'));
  const rotated = new FieldCipher({ ...secrets.keyRing, keys: new Map([['t2', Buffer.alloc(32, 7)], ...secrets.keyRing.keys]), currentKeyId: 't2' });
  t.is(rotated.decrypt(sealed), '11010519491231002X');
  t.true(rotated.isStale(sealed));
  t.true(rotated.encrypt('x').startsWith('t2.'));
  t.is(rotated.index('idNumber', 'a'), old.index('idNumber', 'a'));
  const tampered = sealed.slice(0, -2) + (sealed.endsWith('A') ? 'BB' : 'AA');
  t.throws(() => old.decrypt(tampered));
});

test('stores people encrypted and finds them only through the keyed index', async (t) => {
  const api = await startApi(t);
  const person = await boundPerson(api, { name: '王建国', phone: '13812341234' });
  const raw = await api.deps.models.Person.collection.findOne({});
  const stored = JSON.stringify(raw);
  for (const plain of [person.name, person.idNumber, person.phone]) t.false(stored.includes(plain), plain);
});

test('a rate limit counts across calls and answers 429 with retry-after once spent', async (t) => {
  const api = await startApi(t);
  const limit = { key: 'test:limit', max: 3, windowMs: 60_000 };
  for (let i = 0; i < 3; i++) await consume(api.deps, limit);
  const error = await t.throwsAsync(consume(api.deps, limit));
  t.is((error as { status?: number }).status, 429);
  api.clock.advance(61_000);
  await t.notThrowsAsync(consume(api.deps, limit));
});
