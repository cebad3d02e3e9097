import test from 'ava';
import { classifyPasswordFailure } from '../miniapp/src/components/card/logic/password-errors';
import { attemptsLeftFromDetails, brokenRules, ruleStatuses, rulesFromDetails } from '../miniapp/src/components/card/logic/password-rules';
import { keyFromKeyboard, pressKey } from '../miniapp/src/components/card/logic/pin';
import { ApiError, NetworkError } from '../miniapp/src/services/errors';

test('judges no rule while fewer than six digits are typed', (t) => {
  for (const value of ['', '1', '11111', '12345']) {
    t.deepEqual(brokenRules(ruleStatuses(value)), [], value);
    t.true(Object.values(ruleStatuses(value)).every((status) => status === 'unknown'), value);
  }
});

test('names each broken rule once six digits are in', (t) => {
  t.deepEqual(brokenRules(ruleStatuses('888888')), ['notAllSame']);
  t.deepEqual(brokenRules(ruleStatuses('345678')), ['notSequential']);
  t.deepEqual(brokenRules(ruleStatuses('987654')), ['notSequential']);
  t.deepEqual(brokenRules(ruleStatuses('123456')), ['notSequential', 'notInitial']);
  t.deepEqual(brokenRules(ruleStatuses('258147')), []);
});

test('marks the kept rules, but not the ID number rule it cannot check', (t) => {
  const statuses = ruleStatuses('258147');
  t.is(statuses.sixDigits, 'kept');
  t.is(statuses.notAllSame, 'kept');
  t.is(statuses.notSequential, 'kept');
  t.is(statuses.notInitial, 'kept');
  t.is(statuses.notFromIdNumber, 'unknown');
  t.is(ruleStatuses('258147', [], '440106197803120039').notFromIdNumber, 'kept');
  t.is(ruleStatuses('197803', [], '440106197803120039').notFromIdNumber, 'broken');
});

test('adds the rules the BFF named for the same password', (t) => {
  const statuses = ruleStatuses('197803', ['notFromIdNumber']);
  t.deepEqual(brokenRules(statuses), ['notFromIdNumber']);
  t.is(statuses.notAllSame, 'kept');
});

test('reads the rules of a PASSWORD_RULES answer, leaving out unknown ones', (t) => {
  t.deepEqual(rulesFromDetails({ rules: ['notInitial', 'notSequential', 'somethingNew'] }), ['notSequential', 'notInitial']);
  t.deepEqual(rulesFromDetails({ rules: 'notInitial' }), []);
  t.deepEqual(rulesFromDetails(undefined), []);
});

test('reads the attempts left of a wrong password answer', (t) => {
  t.is(attemptsLeftFromDetails({ attemptsLeft: 3 }), 3);
  t.is(attemptsLeftFromDetails({ attemptsLeft: 0 }), 0);
  t.is(attemptsLeftFromDetails({ attemptsLeft: -1 }), undefined);
  t.is(attemptsLeftFromDetails({ attemptsLeft: '3' }), undefined);
  t.is(attemptsLeftFromDetails(null), undefined);
});

test('sends each failed change or reset back to the step it concerns', (t) => {
  t.deepEqual(classifyPasswordFailure(new ApiError(400, 'PASSWORD_WRONG', 'Wrong', { attemptsLeft: 4 })), { kind: 'wrongOld', attemptsLeft: 4 });
  t.deepEqual(classifyPasswordFailure(new ApiError(400, 'PASSWORD_RULES', 'Rules', { rules: ['notAllSame'] })), { kind: 'rules', rules: ['notAllSame'] });
  t.deepEqual(classifyPasswordFailure(new ApiError(423, 'PASSWORD_LOCKED', 'Locked', { unlock: ['smsReset', 'serviceWindow'] })), { kind: 'locked' });
  t.deepEqual(classifyPasswordFailure(new ApiError(400, 'SMS_CODE_INVALID', 'Wrong code', { attemptsLeft: 4 })), { kind: 'code' });
  t.deepEqual(classifyPasswordFailure(new ApiError(400, 'SMS_CODE_EXPIRED', 'Expired')), { kind: 'code' });
  t.deepEqual(classifyPasswordFailure(new ApiError(429, 'RATE_LIMITED', 'Slow down')), { kind: 'other' });
  t.deepEqual(classifyPasswordFailure(new NetworkError('offline', 'request:fail')), { kind: 'other' });
});

test('the keypad takes six digits at most and deletes the last one', (t) => {
  let value = '';
  for (const key of ['1', '2', '3', '4', '5', '6', '7'] as const) value = pressKey(value, key);
  t.is(value, '123456');
  t.is(pressKey(value, 'delete'), '12345');
  t.is(pressKey('', 'delete'), '');
});

test('a physical keyboard presses digits and deletes, nothing else', (t) => {
  t.is(keyFromKeyboard('7'), '7');
  t.is(keyFromKeyboard('Backspace'), 'delete');
  t.is(keyFromKeyboard('Delete'), 'delete');
  t.is(keyFromKeyboard('a'), undefined);
  t.is(keyFromKeyboard('Enter'), undefined);
  t.is(keyFromKeyboard('12'), undefined);
});
