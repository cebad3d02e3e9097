import path from 'node:path';
import test from 'ava';
import { mongo } from 'mongoose';
import { tempDataDir } from './helpers/bff-process';
import { sleep, waitUntil } from './helpers/fault-load';
import { registerPeople } from './helpers/fault-people';
import { startBff, startDatabase } from './helpers/fault-processes';
import { drive, newApplicant, retryPending, type Applicant } from './helpers/fault-submissions';

const APPLICANTS = 8;
const CRASHES = 2;

test('submissions survive sigkill of the bff: each acknowledged or retried key ends in exactly one application', async (t) => {
  t.timeout(90_000);
  const dataDir = await tempDataDir(t);
  const db = await startDatabase(t, path.join(dataDir, 'db-process'));
  const people = await registerPeople(t, { dbUri: db.uri, dataDir, count: APPLICANTS });
  let bff = await startBff(t, { dataDir, mongodbUri: db.uri });
  const applicants: Applicant[] = await Promise.all(people.map((person) => newApplicant(bff.url, person)));
  const answered = () => applicants.reduce((sum, a) => sum + a.acknowledged.length + a.cancelled.length, 0);

  for (let crash = 0; crash < CRASHES; crash += 1) {
    let killed = false;
    const running = Promise.all(applicants.map((applicant) => drive(bff.url, applicant, () => killed)));
    // Once every applicant got an answer in this round, a random moment later, so the kill lands
    // anywhere in a submission: before the key is reserved, between the reservation and the
    // application, before the answer is written.
    const answeredBefore = answered();
    await waitUntil(() => answered() >= answeredBefore + APPLICANTS, 30_000, 'answers before the crash');
    const after = Math.floor(Math.random() * 1500);
    await sleep(after);
    await bff.kill();
    killed = true;
    await running;
    const cut = (kind: string) => applicants.filter((a) => a.pending?.kind === kind).length;
    t.log(`crash ${crash + 1}, ${after} ms after ${APPLICANTS} answers: ${answered()} answers so far; cut off: ${cut('submit')} submissions, ${cut('cancel')} cancellations`);
    bff = await startBff(t, { dataDir, mongodbUri: db.uri });
    await Promise.all(applicants.map((applicant) => retryPending(bff.url, applicant)));
  }

  t.deepEqual(applicants.flatMap((a) => a.unexpected), [], 'every answer, first or retried, was a success');
  const client = await new mongo.MongoClient(db.uri, { serverSelectionTimeoutMS: 2000 }).connect();
  t.teardown(() => client.close());
  const store = client.db('ssc');
  let acknowledged = 0;
  let retried = 0;
  for (const applicant of applicants) {
    const personId = new mongo.ObjectId(applicant.person.personId);
    const submitted = [...applicant.acknowledged, ...applicant.retried.flatMap((r) => (r.step.kind === 'submit' ? [{ key: r.step.key, id: r.id! }] : []))];
    acknowledged += applicant.acknowledged.length;
    retried += applicant.retried.filter((r) => r.step.kind === 'submit').length;
    const stored = await store.collection('applications').find({ personId }).toArray();
    // Exactly once: one application per key that was answered, none for anything else.
    t.deepEqual(stored.map((a) => String(a._id)).sort(), submitted.map((s) => s.id).sort(), 'one application per submitted key');
    const keys = await store.collection('idempotency_keys').find({ accountId: new mongo.ObjectId(applicant.person.accountId) }).toArray();
    t.deepEqual(
      Object.fromEntries(keys.map((k) => [k.key, String(k.applicationId)])),
      Object.fromEntries(submitted.map((s) => [s.key, s.id])),
      'each key names its application',
    );
    const open = stored.filter((a) => a.open);
    t.true(open.length <= 1, 'never two open applications');
    t.deepEqual(open.map((a) => String(a._id)), applicant.open ? [applicant.open] : [], 'the open one is the last submitted');
    const cancelled = [...applicant.cancelled, ...applicant.retried.flatMap((r) => (r.step.kind === 'cancel' ? [r.step.id] : []))];
    t.true(stored.filter((a) => cancelled.includes(String(a._id))).every((a) => a.stage === 'cancelled'), 'acknowledged cancellations stuck');
  }
  const replayed = applicants.flatMap((a) => a.retried).filter((r) => r.replayed).length;
  t.log(`${acknowledged} submissions acknowledged, ${retried} retried after a crash (${replayed} of the retries found their application already made)`);
  t.true(acknowledged >= APPLICANTS, 'submissions were acknowledged before the crashes');
  t.true(retried > 0, 'at least one submission was cut off by a crash and retried');
});
