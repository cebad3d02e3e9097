import type { TestPerson } from './api';
import { branchBody, pngImage } from './applications';
import { sleep, timedCall, type Sample } from './fault-load';

export type Step = { kind: 'submit'; key: string } | { kind: 'cancel'; id: string };

/**
 * One person applying for a card over and over: submit (with an idempotency key), cancel, submit
 * with the next key... Records what the BFF acknowledged and the step whose answer never came.
 */
export interface Applicant {
  person: TestPerson;
  photoId: string;
  /** Submissions answered 201: idempotency key and application id. */
  acknowledged: { key: string; id: string }[];
  cancelled: string[];
  /** The step sent when the BFF went away (or refused the connection): to be retried. */
  pending?: Step;
  retried: { step: Step; status: number; replayed: boolean; id?: string }[];
  /** The application this client believes open. */
  open?: string;
  /** Any answer other than 201/200: a failure of the test subject. */
  unexpected: string[];
  round: number;
}

export async function newApplicant(url: string, person: TestPerson): Promise<Applicant> {
  const upload = await fetch(`${url}/api/v1/photos`, {
    method: 'POST',
    headers: { authorization: `Bearer ${person.token}`, 'content-type': 'image/png' },
    body: pngImage(300, 420, Math.floor(Math.random() * 256)),
  });
  const photo = (await upload.json()) as { id: string };
  if (upload.status !== 201) throw new Error(`photo upload answered ${upload.status}`);
  return { person, photoId: photo.id, acknowledged: [], cancelled: [], retried: [], unexpected: [], round: 0 };
}

function send(url: string, applicant: Applicant, step: Step): Promise<Sample> {
  const token = applicant.person.token;
  if (step.kind === 'cancel') return timedCall(url, `/api/v1/applications/${step.id}/cancel`, { method: 'POST', token });
  // The same body on every attempt with a key, as a client retrying a submission sends it.
  return timedCall(url, '/api/v1/applications', { method: 'POST', token, body: branchBody(applicant.photoId), headers: { 'idempotency-key': step.key } });
}

/** The application id a successful answer is about, after noting which application is open now. */
function settle(applicant: Applicant, step: Step, answer: Sample): string | undefined {
  const id = (answer.body as { id?: string } | undefined)?.id;
  if (step.kind === 'submit' && answer.status === 201 && id) {
    applicant.open = id;
    return id;
  }
  if (step.kind === 'cancel' && answer.status === 200) {
    applicant.open = undefined;
    return step.id;
  }
  applicant.unexpected.push(`${step.kind} answered ${answer.status} ${answer.code ?? ''}`);
  return undefined;
}

/** Submits and cancels until `stop()` or until an answer does not come (the BFF is gone). */
export async function drive(url: string, applicant: Applicant, stop: () => boolean): Promise<void> {
  await sleep(Math.random() * 200);
  while (!stop() && !applicant.pending && applicant.unexpected.length === 0) {
    const step: Step = applicant.open
      ? { kind: 'cancel', id: applicant.open }
      : { kind: 'submit', key: `fault-${applicant.person.personId}-${(applicant.round += 1)}` };
    const answer = await send(url, applicant, step);
    // People do not tap in step: jitter (and a staggered start) keeps the clients out of lockstep.
    await sleep(Math.random() * 30);
    if (answer.status === 0) {
      applicant.pending = step;
      continue;
    }
    const id = settle(applicant, step, answer);
    if (id && step.kind === 'submit') applicant.acknowledged.push({ key: step.key, id });
    if (id && step.kind === 'cancel') applicant.cancelled.push(id);
  }
}

/** Sends the unanswered step again, unchanged. */
export async function retryPending(url: string, applicant: Applicant): Promise<void> {
  const step = applicant.pending;
  if (!step) return;
  applicant.pending = undefined;
  const answer = await send(url, applicant, step);
  const id = settle(applicant, step, answer);
  applicant.retried.push({ step, status: answer.status, replayed: answer.headers?.get('idempotent-replayed') === 'true', id });
}
