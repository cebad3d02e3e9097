import type { SeedPerson } from '../../bff/src/seed/people';
import { logSmsSender } from '../../bff/src/sms';
import { AGENCY_KEY, SCANNER_KEY, type ApiResponse, type TestApi } from './api';
import { MAIL_ADDRESS, mailBody, pngImage, submit, uploadRaw } from './applications';

/** The development sender (which logs each text) in front of the test's memory sender (which keeps codes). */
export function logSmsToo(api: TestApi): void {
  const logged = logSmsSender(api.deps.logger);
  const kept = api.deps.sms;
  api.deps.sms = { available: true, send: async (phone, message) => (await logged.send(phone, message), kept.send(phone, message)) };
}

/** Every request the flow made, by status class, so the test can show the flow was broad. */
export type Calls = ApiResponse[];

async function track(calls: Calls, pending: Promise<ApiResponse>): Promise<ApiResponse> {
  const res = await pending;
  calls.push(res);
  return res;
}

/** H5 login with an SMS code, then binding with name, ID number (lower-case x if any) and a second code. */
export async function signInAndBind(api: TestApi, person: SeedPerson, calls: Calls): Promise<string> {
  const call = (method: string, path: string, options = {}) => track(calls, api.call(method, path, options));
  await call('POST', '/api/v1/auth/sms', { body: { phone: person.phone } });
  const login = await call('POST', '/api/v1/auth/login/h5', { body: { phone: person.phone, code: api.sms.lastCodeFor(person.phone) } });
  const token = login.body.token as string;
  const { body: notice } = await call('GET', '/api/v1/consent/notice');
  const consent = { accepted: true, version: notice.version };
  await call('POST', '/api/v1/binding/start', { token, body: { name: person.name, idNumber: person.idNumber.toLowerCase(), consent } });
  await call('POST', '/api/v1/binding/confirm', { token, body: { code: api.sms.lastCodeFor(person.phone) } });
  return token;
}

/** What a person does in the app, including mistakes: every personal route with real data. */
export async function useTheApp(api: TestApi, person: SeedPerson, token: string, calls: Calls): Promise<void> {
  const call = (method: string, path: string, options: Record<string, unknown> = {}) => track(calls, api.call(method, path, { token, ...options }));
  for (const path of ['/api/v1/me', '/api/v1/card', '/api/v1/me/access-log', '/api/v1/records/summary', '/api/v1/records/years', '/api/v1/applications']) await call('GET', path);
  const year = Number(api.clock.now.toISOString().slice(0, 4)) - 1;
  const records = await call('GET', `/api/v1/records?year=${year}`);
  if (records.body.records?.[0]) await call('GET', `/api/v1/records/${records.body.records[0].id}`);
  await call('GET', `/api/v1/records/statements/${year}`);
  const applications = await call('GET', '/api/v1/applications');
  for (const application of applications.body.applications ?? []) await call('GET', `/api/v1/applications/${application.id}`);
  if (person.card) {
    let password = person.card.password;
    if (!password) await call('POST', '/api/v1/card/password/change', { body: { oldPassword: '123456', newPassword: (password = '369147') } });
    await call('POST', '/api/v1/card/reveal', { body: { password: '000000' } });
    await call('POST', '/api/v1/card/reveal', { body: { password } });
    const qr = await call('POST', '/api/v1/card/qr');
    if (qr.status === 200) await track(calls, api.call('POST', '/api/v1/scanner/verify', { headers: { 'x-api-key': SCANNER_KEY }, body: { token: qr.body.token } }));
  } else {
    const photo = await track(calls, uploadRaw(api, token, pngImage(300, 420)));
    await track(calls, submit(api, token, mailBody(photo.body.id, { kind: 'new' })));
  }
  // Mistakes that carry personal data in the request.
  await call('POST', '/api/v1/binding/start', { body: { name: person.name, idNumber: person.idNumber, consent: { accepted: true, version: 'x' } } });
  await call('POST', '/api/v1/auth/sms', { token: undefined, body: { phone: `${person.phone}0` } });
  await call('POST', '/api/v1/card/reveal', { body: { password: '258147', [person.idNumber]: person.name } });
  await call('GET', `/api/v1/people/${person.idNumber}/${encodeURIComponent(person.name)}/${person.phone}`);
  await call('GET', `/api/v1/records?year=${person.phone}`);
  await call('DELETE', `/api/v1/card/${person.card?.number ?? person.idNumber}`);
}

/** The agency systems acting on the people by ID number. */
export async function agencyActs(api: TestApi, people: SeedPerson[], calls: Calls): Promise<void> {
  const headers = { 'x-api-key': AGENCY_KEY };
  const [first, , lostOne] = people as [SeedPerson, SeedPerson, SeedPerson];
  const record = { period: '2019-01', type: 'pension', base: 500000, personal: 40000, employer: 80000, total: 120000, employerName: '广州某公司', place: { city: '广州市', district: '天河区' }, status: 'paid' };
  await track(calls, api.call('POST', '/api/v1/agency/records', { headers, body: { idNumber: first.idNumber, records: [record] } }));
  await track(calls, api.call('POST', '/api/v1/agency/cards/formal-loss', { headers, body: { idNumber: lostOne.idNumber } }));
  await track(calls, api.call('POST', '/api/v1/agency/cards/formal-loss', { headers, body: { idNumber: `${first.idNumber.slice(0, 17)}0` } }));
}

/** Personal values as they could appear in a log line: plain, in either case, JSON-escaped, URL-encoded. */
export function forms(value: string): string[] {
  const escaped = [...value].map((c) => (c.charCodeAt(0) > 0x7e ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c)).join('');
  return [...new Set([value, value.toLowerCase(), value.toUpperCase(), escaped, encodeURIComponent(value)])];
}

export { MAIL_ADDRESS };
