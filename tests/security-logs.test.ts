import test from 'ava';
import { maskPhone } from '../shared/src';
import { seedIfEmpty } from '../bff/src/seed';
import { seedPeople } from '../bff/src/seed/people';
import { startApi } from './helpers/api';
import { agencyActs, forms, logSmsToo, MAIL_ADDRESS, signInAndBind, useTheApp, type Calls } from './helpers/security-flow';

test('a broad flow over the seeded people leaves no ID number, phone, name or card number in the logs', async (t) => {
  const api = await startApi(t);
  logSmsToo(api);
  t.is(await seedIfEmpty(api.deps), 6);
  const people = seedPeople('2026-01');
  const calls: Calls = [];
  for (const person of people) await useTheApp(api, person, await signInAndBind(api, person, calls), calls);
  await agencyActs(api, people, calls);

  // The flow did what it says: people signed in and bound, and made mistakes too.
  const statuses = calls.map((c) => c.status);
  t.true(statuses.filter((s) => s < 300).length >= 80, `only ${statuses.filter((s) => s < 300).length} successful calls`);
  t.true(statuses.filter((s) => s >= 400).length >= 30, 'errors were exercised');
  t.false(statuses.some((s) => s >= 500), `a call failed on the server: ${statuses.join(' ')}`);
  t.is(await api.deps.models.Account.countDocuments({ personId: { $ne: null } }), 6);
  // Request lines are written when each response is done: wait for all of them.
  const completed = () => api.log.entries().filter((entry) => entry.msg === 'request completed').length;
  for (let i = 0; i < 200 && completed() < calls.length; i++) await new Promise((resolve) => setTimeout(resolve, 10));
  t.true(completed() >= calls.length);

  const text = api.log.text();
  const secrets = people.flatMap((p) => [p.idNumber, p.phone, p.name, ...(p.card ? [p.card.number] : [])]);
  secrets.push(MAIL_ADDRESS.recipient, MAIL_ADDRESS.phone, MAIL_ADDRESS.line);
  const found = secrets.flatMap(forms).filter((value) => text.includes(value));
  t.deepEqual(found, [], 'personal data in the log');
  // The development SMS lines are there, with the code and a masked phone only.
  const smsLines = api.log.entries().filter((entry) => String(entry.msg).startsWith('SMS (development sender'));
  t.true(smsLines.length >= 12, `${smsLines.length} SMS lines`);
  t.true(smsLines.every((entry) => /\d{6}/.test(String(entry.msg)) && people.some((p) => entry.to === maskPhone(p.phone))));
  t.log(`logs: ${calls.length} requests by ${people.length} seeded people and the agency, ${api.log.entries().length} log lines, ${secrets.length} personal values in ${secrets.flatMap(forms).length} forms searched, none found`);
});
