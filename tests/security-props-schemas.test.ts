import test from 'ava';
import fc from 'fast-check';
import type { z } from 'zod';
import * as schemas from '../shared/src';
import { checkIdNumber, idCheckCharacter } from '../shared/src';
import { anyPeriod, anyText, first17, mainlandPhone, recordPeriod } from './helpers/security-arbitraries';

const accepts = (schema: z.ZodType, value: unknown) => schema.safeParse(value).success;
const holds = (property: fc.IPropertyWithHooks<any>) => () => fc.assert(property); // eslint-disable-line @typescript-eslint/no-explicit-any
const idNumber = first17.map((f) => f + idCheckCharacter(f));
const yearOf = (period: string) => Number(period.slice(0, 4));

test('phone numbers and SMS codes are accepted exactly in their mainland shapes', (t) => {
  const phoneLike = fc.oneof(mainlandPhone, anyText, fc.stringMatching(/^\+?\d[\d -]{9,12}$/), mainlandPhone.map((p) => ` ${p}`));
  t.notThrows(holds(fc.property(phoneLike, (text) => accepts(schemas.PhoneSchema, text) === /^1[3-9][0-9]{9}$/.test(text))));
  const codeLike = fc.oneof(fc.stringMatching(/^\d{4,8}$/), anyText, fc.constant('１２３４５６'));
  t.notThrows(holds(fc.property(codeLike, (text) => accepts(schemas.SmsCodeSchema, text) === /^[0-9]{6}$/.test(text))));
  t.notThrows(holds(fc.property(fc.anything(), (value) => typeof value === 'string' || !accepts(schemas.PhoneSchema, value))));
});

test('months and years are accepted exactly within 1950 to 2200', (t) => {
  const periodLike = fc.oneof(anyPeriod, anyText, fc.stringMatching(/^\d{4}-\d{1,2}$/));
  t.notThrows(holds(fc.property(periodLike, (text) => accepts(schemas.RecordPeriod, text) === (/^\d{4}-(0[1-9]|1[0-2])$/.test(text) && yearOf(text) >= 1950 && yearOf(text) <= 2200))));
  const yearLike = fc.oneof(fc.integer({ min: 0, max: 99999 }).map(String), anyText);
  t.notThrows(holds(fc.property(yearLike, (text) => accepts(schemas.RecordYear, text) === (/^\d{4}$/.test(text) && Number(text) >= 1950 && Number(text) <= 2200))));
});

test('a records query takes a span of one to 120 months in order', (t) => {
  t.notThrows(
    holds(
      fc.property(recordPeriod, recordPeriod, (from, to) => {
        const span = schemas.periodIndex(to) - schemas.periodIndex(from) + 1;
        return accepts(schemas.RecordsQuery, { from, to }) === (span >= 1 && span <= 120);
      }),
    ),
  );
});

test('amounts are whole fen from zero to a billion', (t) => {
  const amount = fc.oneof(fc.integer({ min: -10, max: 1_000_000_010 }), fc.double(), fc.anything());
  t.notThrows(holds(fc.property(amount, (value) => accepts(schemas.RecordAmount, value) === (Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 1e9))));
});

test('an imported record is accepted only when its total adds up and the employee pays only their types', (t) => {
  const record = fc.record({
    type: fc.constantFrom(...schemas.INSURANCE_TYPES),
    personal: fc.integer({ min: 0, max: 3 }),
    employer: fc.integer({ min: 0, max: 3 }),
    total: fc.integer({ min: 0, max: 6 }),
  });
  t.notThrows(
    holds(
      fc.property(record, ({ type, personal, employer, total }) => {
        const input = { period: '2024-01', type, base: 500000, personal, employer, total, employerName: '广州某公司', place: { city: '广州市', district: '天河区' }, status: 'paid' };
        const expected = total === personal + employer && (schemas.EMPLOYEE_PAID_TYPES.includes(type) || personal === 0);
        return accepts(schemas.RecordInput, input) === expected;
      }),
    ),
  );
});

test('agency ID numbers are accepted exactly when they pass GB 11643', (t) => {
  const idLike = fc.oneof(idNumber, first17.map((f) => `${f}0`), fc.stringMatching(/^\d{17}[\dXx]$/), anyText);
  t.notThrows(holds(fc.property(idLike, (text) => accepts(schemas.FormalLossRequest, { idNumber: text }) === (text.length <= 32 && checkIdNumber(text).ok))));
});

test('idempotency keys are 8 to 128 printable ASCII characters', (t) => {
  const keyLike = fc.oneof(fc.string({ unit: 'binary-ascii', maxLength: 140 }), anyText, fc.string({ minLength: 8, maxLength: 130 }));
  t.notThrows(holds(fc.property(keyLike, (key) => accepts(schemas.IdempotencyKeySchema, key) === /^[\x21-\x7e]{8,128}$/.test(key))));
});

/** A valid body of every request schema, to which the property adds one unknown field. */
const VALID_BODIES: [string, z.ZodType, Record<string, unknown>][] = [
  ['RevealRequest', schemas.RevealRequest, { password: '258147' }],
  ['LiftLossRequest', schemas.LiftLossRequest, { password: '258147' }],
  ['ChangePasswordRequest', schemas.ChangePasswordRequest, { oldPassword: '258147', newPassword: '369147' }],
  ['ResetPasswordRequest', schemas.ResetPasswordRequest, { code: '123456', newPassword: '369147' }],
  ['ScanRequest', schemas.ScanRequest, { token: 'ssc1.a.b' }],
  ['PlatformLoginBody', schemas.PlatformLoginBody, { code: 'abc' }],
  ['SmsLoginCodeBody', schemas.SmsLoginCodeBody, { phone: '13800138001' }],
  ['SmsLoginBody', schemas.SmsLoginBody, { phone: '13800138001', code: '123456' }],
  ['BindingStartBody', schemas.BindingStartBody, { name: '陈志强', idNumber: '440106197803120039', consent: { accepted: true, version: 'v1' } }],
  ['BindingConfirmBody', schemas.BindingConfirmBody, { code: '123456' }],
  ['ApplyBody', schemas.ApplyBody, { kind: 'new', bankCode: 'ICBC', delivery: { method: 'branch', branchCode: 'ICBC-GZ-TH' }, photoId: '0123456789abcdef01234567' }],
  ['TransitionBody', schemas.TransitionBody, { to: 'review', office: '市社会保障卡服务中心' }],
  ['FormalLossRequest', schemas.FormalLossRequest, { idNumber: '440106197803120039' }],
];

test('every request body accepts its valid form and refuses any unknown field', (t) => {
  for (const [name, schema, body] of VALID_BODIES) {
    t.true(accepts(schema, body), name);
    const unknown = fc.string({ minLength: 1 }).filter((key) => !(key in body));
    const withUnknown = (key: string, value: unknown) => Object.defineProperty({ ...body }, key, { value, enumerable: true });
    t.notThrows(holds(fc.property(unknown, fc.anything(), (key, value) => !accepts(schema, withUnknown(key, value)))), `${name} took an unknown field`);
  }
});

test('binding takes a name of 1 to 50 characters after trimming', (t) => {
  const body = (name: unknown) => ({ name, idNumber: '440106197803120039' });
  t.notThrows(holds(fc.property(anyText, (name) => accepts(schemas.BindingStartBody, body(name)) === (name.trim().length >= 1 && name.trim().length <= 50))));
  t.notThrows(holds(fc.property(fc.anything(), (name) => typeof name === 'string' || !accepts(schemas.BindingStartBody, body(name)))));
});
