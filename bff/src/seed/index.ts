import { addMonths, isFinal, MAIN_STAGES, periodOf, type Stage } from '@ssc/shared';
import { Types } from 'mongoose';
import { findBranch } from '../data/banks';
import type { Deps } from '../deps';
import { issueCard } from '../services/card-factory';
import { createPerson } from '../services/person-service';
import { savePhoto } from '../services/photo-service';
import { insertCareer } from './career';
import { seedPeople, type SeedPerson } from './people';
import { seedIdPhoto } from './photo';

const DAY = 24 * 60 * 60 * 1000;
/** Days after submission at which each main stage was reached in the seeded timelines. */
const STAGE_DAY: Record<string, number> = { submitted: 0, review: 0.2, accountOpened: 1, inProduction: 2, cityBankReceived: 6, branchReceived: 7, readyToCollect: 8, activated: 9 };

function dateOf(spec: string, now: Date, issued?: Date): Date {
  if (spec === 'soon') return new Date(now.getTime() + 40 * DAY);
  if (spec === 'recent') return new Date(now.getTime() - 14 * 30 * DAY);
  if (spec === 'lastYear') return new Date(now.getTime() - 13 * 30 * DAY);
  if (spec === 'far') return new Date((issued ?? now).getTime() + 10 * 365 * DAY);
  return new Date(`${spec}T09:00:00+08:00`);
}

async function seedCard(deps: Deps, personId: string, person: SeedPerson): Promise<void> {
  const spec = person.card;
  if (!spec) return;
  const now = deps.now();
  const issuedAt = dateOf(spec.issued, now);
  const card = await issueCard(deps, personId, {
    cardNumber: spec.number,
    bank: spec.bank,
    city: person.city,
    issuedAt,
    expiresAt: dateOf(spec.expires, now, issuedAt),
    password: spec.password,
  });
  if (spec.lostDaysAgo === undefined) return;
  const reportedAt = new Date(now.getTime() - spec.lostDaysAgo * DAY);
  const formal = spec.state === 'L';
  await deps.models.Card.updateOne(
    { _id: card._id },
    {
      $set: {
        state: formal ? 'L' : 'K',
        loss: { kind: formal ? 'formal' : 'temporary', reportedAt, liftsAt: formal ? null : new Date(reportedAt.getTime() + 7 * DAY), liftedAt: null, recordedBy: formal ? 'seed-card-bank' : null },
      },
      $inc: { version: 1 },
    },
  );
}

function timeline(target: Stage, submittedAt: Date, branchName: string, reason?: string) {
  const path: Stage[] = target === 'reviewFailed' ? ['submitted', 'review', 'reviewFailed'] : [...MAIN_STAGES.slice(0, MAIN_STAGES.indexOf(target as (typeof MAIN_STAGES)[number]) + 1)];
  return path.map((stage, i) => ({
    _id: new Types.ObjectId(),
    stage,
    at: new Date(submittedAt.getTime() + (STAGE_DAY[stage] ?? i) * DAY),
    office: stage === 'submitted' ? null : ['review', 'reviewFailed'].includes(stage) ? '市社会保障卡服务中心' : stage === 'inProduction' ? '省社会保障卡制卡中心' : branchName,
    officePhone: stage === 'submitted' ? null : '12333',
    note: stage === 'reviewFailed' ? '照片模糊，请重新上传清晰的证件照' : null,
    reason: stage === 'reviewFailed' ? (reason ?? null) : null,
    by: stage === 'submitted' ? 'person' : 'agency',
  }));
}

async function seedApplication(deps: Deps, personId: string, person: SeedPerson): Promise<void> {
  const spec = person.application;
  if (!spec) return;
  const photo = await savePhoto(deps, personId, seedIdPhoto());
  const submittedAt = new Date(deps.now().getTime() - spec.daysAgo * DAY);
  const history = timeline(spec.stage, submittedAt, findBranch(spec.bankCode, spec.branchCode)?.name ?? spec.bankCode, spec.reason);
  const created = await deps.models.Application.create({
    personId,
    // Applied for at a service window, before any online account existed.
    accountId: new Types.ObjectId(),
    kind: spec.kind,
    bankCode: spec.bankCode,
    delivery: { method: 'branch', branchCode: spec.branchCode, addressEnc: null },
    photoId: photo.id,
    stage: spec.stage,
    open: !isFinal(spec.stage),
    submittedAt,
    stageChangedAt: history[history.length - 1]?.at ?? submittedAt,
    history,
    pendingNotices: [],
    demo: spec.demo && deps.settings.demoMode,
  });
  // The card this activated application handed over is the one seeded above.
  if (spec.stage === 'activated') await deps.models.Card.updateOne({ personId }, { $set: { applicationId: created._id } });
}

/**
 * Fills an empty database with the demonstration people, their careers, cards and applications.
 * Does nothing when any person exists, so a restart never duplicates or overwrites data.
 */
export async function seedIfEmpty(deps: Deps): Promise<number> {
  if ((await deps.models.Person.estimatedDocumentCount()) > 0) return 0;
  const people = seedPeople(addMonths(periodOf(deps.now()), -1));
  for (const person of people) {
    const created = await createPerson(deps, person);
    const personId = String(created._id);
    await insertCareer(deps, personId, person.career);
    await seedCard(deps, personId, person);
    await seedApplication(deps, personId, person);
  }
  deps.logger.info({ people: people.length }, 'seeded the demonstration people (see README: signing in as each)');
  return people.length;
}
