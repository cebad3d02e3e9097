import test from 'ava';
import { maskCardNumber } from '../shared/src';
import { indexCardNumbers, issuePendingCards } from '../bff/src/services/card-factory';
import { AGENCY_KEY, SCANNER_KEY, startApi, type TestApi } from './helpers/api';
import { advanceTo, agencyStep, applicant, branchBody, handedOverCard, pngImage, submit, uploadRaw } from './helpers/applications';
import { personWithCard, type CardHolder } from './helpers/card';

const scan = (api: TestApi, token: unknown) => api.call('POST', '/api/v1/scanner/verify', { headers: { 'X-Api-Key': SCANNER_KEY }, body: { token } });

/** A card holder who reported the card lost at the bank and applied for a replacement, now ready to collect. */
async function replacementReady(api: TestApi): Promise<{ holder: CardHolder; id: string }> {
  const holder = await personWithCard(api, { password: '258147', bank: 'ICBC' });
  const lost = await api.call('POST', '/api/v1/agency/cards/formal-loss', { headers: { 'X-Api-Key': AGENCY_KEY }, body: { idNumber: holder.idNumber } });
  if (lost.status !== 200) throw new Error(`formal loss: ${lost.status}`);
  const photo = await uploadRaw(api, holder.token, pngImage());
  const created = await submit(api, holder.token, branchBody(photo.body.id, { kind: 'replacement', bankCode: 'CCB', delivery: { method: 'branch', branchCode: 'CCB-SZ-NS' } }));
  if (created.status !== 201) throw new Error(`replacement: ${created.status} ${JSON.stringify(created.body)}`);
  await advanceTo(api, created.body.id, 'readyToCollect');
  return { holder, id: created.body.id };
}

test('activating a first card gives the person that card, on the initial password', async (t) => {
  const api = await startApi(t);
  const person = await applicant(api, { city: '深圳市' });
  t.is((await api.call('GET', '/api/v1/card', { token: person.token })).status, 404);
  const created = await submit(api, person.token, branchBody(person.photoId));
  await advanceTo(api, created.body.id, 'readyToCollect');
  const card = handedOverCard(api, 'H31415926');
  const res = await agencyStep(api, created.body.id, 'activated', { card });
  t.is(res.status, 200);
  const view = await api.call('GET', '/api/v1/card', { token: person.token });
  t.is(view.status, 200);
  t.like(view.body, { cardNumber: maskCardNumber('H31415926'), bank: 'ICBC', city: '深圳市', state: 'A', loss: null, password: { mustChange: true, locked: false } });
  t.is(view.body.issuedAt, new Date(`${card.issuedOn}T00:00:00+08:00`).toISOString());
  t.is(view.body.expiresAt, new Date(`${card.expiresOn}T23:59:59.999+08:00`).toISOString());
  // The initial password works until it is changed.
  const change = await api.call('POST', '/api/v1/card/password/change', { token: person.token, body: { oldPassword: '123456', newPassword: '258147' } });
  t.is(change.status, 204, JSON.stringify(change.body));
  const stored = await api.deps.models.Application.findById(created.body.id).lean();
  t.false(stored?.cardPending);
  t.false(JSON.stringify(stored).includes('H31415926'), 'the card number is stored encrypted');
});

test('activating a replacement puts the new card in the lost one’s place: password kept, old codes void', async (t) => {
  const api = await startApi(t);
  const { holder, id } = await replacementReady(api);
  // A code shown before the replacement (made while the card was active) must not pass afterwards.
  await api.deps.models.Card.updateOne({ _id: holder.cardId }, { $set: { state: 'A', loss: null }, $inc: { version: 1 } });
  const oldQr = await api.call('POST', '/api/v1/card/qr', { token: holder.token });
  t.is(oldQr.status, 200);
  await api.deps.models.Card.updateOne({ _id: holder.cardId }, { $set: { state: 'L' }, $inc: { version: 1 } });

  const res = await agencyStep(api, id, 'activated', { card: handedOverCard(api, 'R27182818') });
  t.is(res.status, 200);
  const view = await api.call('GET', '/api/v1/card', { token: holder.token });
  t.like(view.body, { cardNumber: maskCardNumber('R27182818'), bank: 'CCB', state: 'A', loss: null, replacementOffered: false, password: { mustChange: false } });
  const reveal = await api.call('POST', '/api/v1/card/reveal', { token: holder.token, body: { password: '258147' } });
  t.is(reveal.status, 200);
  t.is(reveal.body.cardNumber, 'R27182818');
  // A code of the old card is stale: the scanner tells the holder to show a new one.
  t.deepEqual((await scan(api, oldQr.body.token)).body, { result: 'expired' });
  const fresh = await api.call('POST', '/api/v1/card/qr', { token: holder.token });
  t.is((await scan(api, fresh.body.token)).body.result, 'valid');

  const stored = await api.deps.models.Card.findById(holder.cardId).lean();
  t.is(stored?.previous.length, 1);
  t.like(stored?.previous[0], { state: 'T', bank: 'ICBC' });
  t.is(api.deps.cipher.decrypt(stored!.previous[0]!.cardNumberEnc), holder.cardNumber);
});

test('a new card after a cancelled one starts on the initial password again', async (t) => {
  const api = await startApi(t);
  const holder = await personWithCard(api, { password: '258147', state: 'G' });
  const photo = await uploadRaw(api, holder.token, pngImage());
  const created = await submit(api, holder.token, branchBody(photo.body.id));
  t.is(created.status, 201);
  await advanceTo(api, created.body.id, 'activated');
  const view = await api.call('GET', '/api/v1/card', { token: holder.token });
  t.like(view.body, { state: 'A', password: { mustChange: true } });
  const stored = await api.deps.models.Card.findById(holder.cardId).lean();
  t.like(stored?.previous[0], { state: 'G' });
});

test('the activation step must carry the card, and only that step may', async (t) => {
  const api = await startApi(t);
  const person = await applicant(api);
  const created = await submit(api, person.token, branchBody(person.photoId));
  await advanceTo(api, created.body.id, 'branchReceived');
  const early = await agencyStep(api, created.body.id, 'readyToCollect', { card: handedOverCard(api) });
  t.is(early.status, 400);
  t.is((await agencyStep(api, created.body.id, 'readyToCollect')).status, 200);
  const bare = await agencyStep(api, created.body.id, 'activated');
  t.is(bare.status, 400);
  t.is(bare.body.error.code, 'VALIDATION_FAILED');
  const today = handedOverCard(api).issuedOn;
  const refused = [
    { ...handedOverCard(api), number: 'h20261203' },
    { ...handedOverCard(api), number: 'H2026120' },
    { ...handedOverCard(api), expiresOn: today },
    { ...handedOverCard(api), issuedOn: '2099-01-01', expiresOn: '2109-01-01' },
    { ...handedOverCard(api), issuedOn: '2000-01-01', expiresOn: '2010-01-01' },
    { ...handedOverCard(api), issuedOn: '2026-02-30' },
  ];
  for (const card of refused) {
    const res = await agencyStep(api, created.body.id, 'activated', { card });
    t.is(res.status, 400, JSON.stringify(card));
  }
  const stored = await api.deps.models.Application.findById(created.body.id).lean();
  t.is(stored?.stage, 'readyToCollect');
  t.is(await api.deps.models.Card.countDocuments({ personId: person.personId }), 0);
});

test('a retried activation issues the card once; another card number on retry is refused', async (t) => {
  const api = await startApi(t);
  const { holder, id } = await replacementReady(api);
  const card = handedOverCard(api, 'R11111111');
  const [first, second] = await Promise.all([agencyStep(api, id, 'activated', { card }), agencyStep(api, id, 'activated', { card })]);
  t.deepEqual([first.status, second.status], [200, 200]);
  const other = await agencyStep(api, id, 'activated', { card: handedOverCard(api, 'R22222222') });
  t.is(other.status, 409);
  t.is(other.body.error.code, 'ILLEGAL_TRANSITION');
  const stored = await api.deps.models.Card.findById(holder.cardId).lean();
  t.is(stored?.previous.length, 1);
  t.is(api.deps.cipher.decrypt(stored!.cardNumberEnc), 'R11111111');
  t.is(await api.deps.models.Card.countDocuments({ personId: holder.personId }), 1);
});

test('an activation cut off before its card was written is finished by the sweep, once', async (t) => {
  const api = await startApi(t);
  const { holder, id } = await replacementReady(api);
  // What a crash right after the stage change leaves: the application activated, the card not yet issued.
  const card = handedOverCard(api, 'R33333333');
  await api.deps.models.Application.updateOne(
    { _id: id },
    {
      $set: { stage: 'activated', open: false, cardPending: true, issuedCard: { numberEnc: api.deps.cipher.encrypt(card.number), numberIdx: api.deps.cipher.index('cardNumber', card.number), issuedAt: api.clock.now, expiresAt: new Date(api.clock.now.getTime() + 3650 * 86_400_000) } },
    },
  );
  t.is((await api.call('GET', '/api/v1/card', { token: holder.token })).body.state, 'L');
  t.is(await issuePendingCards(api.deps, 0), 1);
  t.is(await issuePendingCards(api.deps, 0), 0);
  const view = await api.call('GET', '/api/v1/card', { token: holder.token });
  t.like(view.body, { state: 'A', cardNumber: maskCardNumber('R33333333') });
  const stored = await api.deps.models.Card.findById(holder.cardId).lean();
  t.is(stored?.previous.length, 1);
  t.false((await api.deps.models.Application.findById(id).lean())?.cardPending);
});

test('the card handed over must fit the application: issued since it was made, ten years at most, nobody else’s', async (t) => {
  const api = await startApi(t);
  const other = await personWithCard(api, { cardNumber: 'K12345678' });
  const person = await applicant(api);
  const created = await submit(api, person.token, branchBody(person.photoId));
  await advanceTo(api, created.body.id, 'readyToCollect');
  const today = handedOverCard(api).issuedOn;
  const year = Number(today.slice(0, 4));
  const cases: [Record<string, string>, number, string][] = [
    [{ issuedOn: `${year - 1}${today.slice(4)}`, expiresOn: `${year + 9}${today.slice(4)}` }, 400, 'body.card.issuedOn'],
    [{ expiresOn: `${year + 10}-12-31` }, 400, 'body.card.expiresOn'],
    [{ number: other.cardNumber }, 409, 'CARD_NUMBER_TAKEN'],
  ];
  for (const [change, status, what] of cases) {
    const res = await agencyStep(api, created.body.id, 'activated', { card: { ...handedOverCard(api), ...change } });
    t.is(res.status, status, what);
    t.true(res.body.error.code === what || res.body.error.details?.issues?.[0]?.path === what, JSON.stringify(res.body.error));
  }
  t.is((await api.deps.models.Application.findById(created.body.id).lean())?.stage, 'readyToCollect');
  t.is((await agencyStep(api, created.body.id, 'activated', { card: handedOverCard(api, 'N10000001') })).status, 200);
  // The person sees who recorded the card as theirs.
  const entries = await api.deps.models.AccessLog.find({ personId: person.personId, action: 'card.issued' }).lean();
  t.deepEqual(entries.map((e) => e.actor), ['test-card-bank']);
});

test('a formal-loss report naming the old card, arriving after the replacement was activated, leaves the new card alone', async (t) => {
  const api = await startApi(t);
  const { holder, id } = await replacementReady(api);
  t.is((await agencyStep(api, id, 'activated', { card: handedOverCard(api, 'R44444444') })).status, 200);
  const late = await api.call('POST', '/api/v1/agency/cards/formal-loss', { headers: { 'X-Api-Key': AGENCY_KEY }, body: { idNumber: holder.idNumber, cardNumber: holder.cardNumber } });
  t.is(late.status, 409);
  t.like(late.body.error, { code: 'CARD_NOT_USABLE', details: { state: 'T' } });
  const unknown = await api.call('POST', '/api/v1/agency/cards/formal-loss', { headers: { 'X-Api-Key': AGENCY_KEY }, body: { idNumber: holder.idNumber, cardNumber: 'Z99999999' } });
  t.is(unknown.status, 404);
  t.is((await api.call('GET', '/api/v1/card', { token: holder.token })).body.state, 'A');
  // Naming the current card records the report as before.
  const current = await api.call('POST', '/api/v1/agency/cards/formal-loss', { headers: { 'X-Api-Key': AGENCY_KEY }, body: { idNumber: holder.idNumber, cardNumber: 'R44444444' } });
  t.is(current.status, 200);
  t.is(current.body.state, 'L');
});

test('an activation left without its card is finished before the person may apply again, and never overwrites a newer card', async (t) => {
  const api = await startApi(t);
  const { holder, id } = await replacementReady(api);
  const cutOff = async (applicationId: string, number: string, at: Date) =>
    api.deps.models.Application.updateOne(
      { _id: applicationId },
      { $set: { stage: 'activated', open: false, stageChangedAt: at, cardPending: true, issuedCard: { numberEnc: api.deps.cipher.encrypt(number), numberIdx: api.deps.cipher.index('cardNumber', number), issuedAt: at, expiresAt: new Date(at.getTime() + 3650 * 86_400_000), by: 'test-card-bank' } } },
    );
  await cutOff(id, 'R55555555', api.clock.now);
  // Applying again first finishes the activation: the card is now active, so no replacement.
  const photo = await uploadRaw(api, holder.token, pngImage(300, 420, 9));
  const again = await submit(api, holder.token, branchBody(photo.body.id, { kind: 'replacement' }));
  t.is(again.status, 409);
  t.like(again.body.error, { code: 'APPLICATION_NOT_ALLOWED', details: { reason: 'notReportedLost' } });
  t.is((await api.call('GET', '/api/v1/card', { token: holder.token })).body.cardNumber, maskCardNumber('R55555555'));

  // An older activation still pending (say its sweep kept failing) does not replace a newer card.
  const older = new Date(api.clock.now.getTime() - 86_400_000);
  const stale = await api.deps.models.Application.create({
    personId: holder.personId,
    accountId: holder.accountId,
    kind: 'replacement',
    bankCode: 'ICBC',
    delivery: { method: 'branch', branchCode: 'ICBC-GZ-TH', addressEnc: null },
    photoId: photo.body.id,
    stage: 'readyToCollect',
    open: false,
    submittedAt: older,
    stageChangedAt: older,
    history: [{ stage: 'submitted', at: older, office: null, by: 'person' }],
  });
  await cutOff(String(stale._id), 'R66666666', older);
  t.is(await issuePendingCards(api.deps, 0), 1);
  const card = await api.deps.models.Card.findById(holder.cardId).lean();
  t.is(api.deps.cipher.decrypt(card!.cardNumberEnc), 'R55555555');
  t.false((await api.deps.models.Application.findById(stale._id).lean())?.cardPending);
});

test('renewal opens at the start of the day the card view names, sixty days before expiry', async (t) => {
  const api = await startApi(t, { settings: { sessionIdleMs: 100 * 86_400_000, sessionAbsoluteMs: 100 * 86_400_000 } });
  // Expires at the end of a China calendar day, as a card handed over on activation does.
  const expiresAt = new Date(api.clock.now.getTime() + 70 * 86_400_000);
  const endOfDay = new Date(`${new Date(expiresAt.getTime() + 8 * 3_600_000).toISOString().slice(0, 10)}T23:59:59.999+08:00`);
  const holder = await personWithCard(api, { expiresAt: endOfDay }, {});
  const view = await api.call('GET', '/api/v1/card', { token: holder.token });
  const opens = new Date(view.body.renewableFrom);
  t.is(new Date(opens.getTime() + 8 * 3_600_000).toISOString().slice(11), '00:00:00.000Z', 'midnight in China');
  const photo = await uploadRaw(api, holder.token, pngImage(300, 420, 11));
  api.clock.advance(opens.getTime() - api.clock.now.getTime() - 1);
  const early = await submit(api, holder.token, branchBody(photo.body.id, { kind: 'renewal' }));
  t.like(early.body.error, { code: 'APPLICATION_NOT_ALLOWED', details: { reason: 'tooEarly', renewableFrom: view.body.renewableFrom } });
  api.clock.advance(10 * 3_600_000); // ten in the morning of that day
  t.is((await submit(api, holder.token, branchBody(photo.body.id, { kind: 'renewal' }))).status, 201);
});

test('two activations naming one card number: one is recorded, the other refused with nothing written', async (t) => {
  const api = await startApi(t);
  const ready = async () => {
    const person = await applicant(api);
    const created = await submit(api, person.token, branchBody(person.photoId));
    await advanceTo(api, created.body.id, 'readyToCollect');
    return created.body.id as string;
  };
  const [first, second] = [await ready(), await ready()];
  const card = handedOverCard(api, 'D77777777');
  const answers = await Promise.all([agencyStep(api, first, 'activated', { card }), agencyStep(api, second, 'activated', { card })]);
  t.deepEqual(answers.map((a) => a.status).sort(), [200, 409]);
  const refused = answers.find((a) => a.status === 409)!;
  t.is(refused.body.error.code, 'CARD_NUMBER_TAKEN');
  const stages = await api.deps.models.Application.find({ _id: { $in: [first, second] } }, { stage: 1, cardPending: 1 }).lean();
  t.deepEqual(stages.map((s) => s.stage).sort(), ['activated', 'readyToCollect']);
  t.true(stages.every((s) => !s.cardPending), 'no activation is left waiting for a card it cannot have');
  t.is(await api.deps.models.Card.countDocuments({ cardNumberIdx: api.deps.cipher.index('cardNumber', 'D77777777') }), 1);
});

test('cards recorded before numbers were indexed are indexed at start-up, and their numbers are then taken', async (t) => {
  const api = await startApi(t);
  const legacy = await personWithCard(api, { cardNumber: 'L12121212' });
  await api.deps.models.Card.updateOne({ _id: legacy.cardId }, { $unset: { cardNumberIdx: 1 } });
  t.is(await indexCardNumbers(api.deps), 1);
  t.is(await indexCardNumbers(api.deps), 0);
  const person = await applicant(api);
  const created = await submit(api, person.token, branchBody(person.photoId));
  await advanceTo(api, created.body.id, 'readyToCollect');
  const res = await agencyStep(api, created.body.id, 'activated', { card: handedOverCard(api, 'L12121212') });
  t.is(res.status, 409);
  t.is(res.body.error.code, 'CARD_NUMBER_TAKEN');
});
