import test from 'ava';
import { applyBody, emptyForm, formProblems, hasProblems, type ApplyForm } from '../miniapp/src/components/applications/apply-form';
import { attemptFor, fingerprint, newIdempotencyKey } from '../miniapp/src/components/applications/idempotency';
import { IdempotencyKeySchema } from '../shared/src';

const PHOTO = 'a'.repeat(24);
const ADDRESS = { recipient: '刘洋', phone: '13800138006', province: '北京市', city: '北京市', district: '海淀区', line: '中关村大街 1 号', postcode: '100080' };

const filled = (change: Partial<ApplyForm> = {}): ApplyForm => ({ ...emptyForm(), bankCode: 'ICBC', branchCode: 'ICBC-BJ-XC', photoId: PHOTO, ...change });

test('builds the body for collection at a branch', (t) => {
  t.deepEqual(applyBody(filled()), { kind: 'new', bankCode: 'ICBC', delivery: { method: 'branch', branchCode: 'ICBC-BJ-XC' }, photoId: PHOTO });
});

test('builds the body for a mailed card from the address form', (t) => {
  const body = applyBody(filled({ method: 'mail', branchCode: undefined, address: ADDRESS, kind: 'renewal' }));
  t.deepEqual(body?.delivery, { method: 'mail', address: ADDRESS });
  t.is(body?.kind, 'renewal');
});

test('names every missing choice of an empty form and gives no body', (t) => {
  const problems = formProblems(emptyForm());
  t.true(problems.bank);
  t.true(problems.branch);
  t.true(problems.photo);
  t.true(hasProblems(problems));
  t.is(applyBody(emptyForm()), undefined);
});

test('tells an empty address field from a malformed one', (t) => {
  const problems = formProblems(filled({ method: 'mail', address: { ...ADDRESS, recipient: ' ', phone: '12345', postcode: '1000' } }));
  t.deepEqual(problems.address, { recipient: 'required', phone: 'invalid', postcode: 'invalid' });
  t.falsy(problems.branch, 'a mailed card needs no branch');
});

test('makes keys the bff accepts, different each time', (t) => {
  const a = newIdempotencyKey();
  const b = newIdempotencyKey();
  t.true(IdempotencyKeySchema.safeParse(a).success);
  t.not(a, b);
});

test('reuses the key when the same submission is retried', (t) => {
  let made = 0;
  const makeKey = () => `key-${++made}-abcdefgh`;
  const body = applyBody(filled());
  const first = attemptFor(undefined, body, makeKey);
  const retry = attemptFor(first, JSON.parse(JSON.stringify(body)), makeKey);
  t.is(retry.key, first.key);
  t.is(made, 1);
});

test('takes a new key when the form changed between attempts', (t) => {
  let made = 0;
  const makeKey = () => `key-${++made}-abcdefgh`;
  const first = attemptFor(undefined, applyBody(filled()), makeKey);
  const changed = attemptFor(first, applyBody(filled({ branchCode: 'ICBC-GZ-TH' })), makeKey);
  t.not(changed.key, first.key);
});

test('fingerprints objects the same whatever the key order', (t) => {
  t.is(fingerprint({ a: 1, b: { c: [1, 2], d: 'x' } }), fingerprint({ b: { d: 'x', c: [1, 2] }, a: 1 }));
  t.not(fingerprint({ a: 1 }), fingerprint({ a: 2 }));
});
