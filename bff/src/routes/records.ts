import { AnnualStatement, RecordDetail, RecordIdParams, RecordsQuery, RecordsResponse, RecordsSummary, RecordYears, StatementYearParams } from '@ssc/shared';
import type { Deps } from '../deps';
import type { JsonText } from '../http/json-text';
import { route, type KnownAnswer, type Resource } from '../http/route';
import { recordRead } from '../services/access-log-service';
import { cachedAnswer } from '../services/answer-cache';
import { etagMatches, keptRecordsEtag, recordsEtag, recordsVersion } from '../services/records-etag';
import { listRecords, recordDetail, recordYears } from '../services/records-queries';
import { annualStatement } from '../services/records-statement';
import { recordsSummary } from '../services/records-summary';
import type { AppContext } from '../types';

function logRead(deps: Deps, ctx: AppContext, action: string) {
  const { session, personId, requestId } = ctx.state;
  return recordRead(deps, session, personId as string, action, requestId);
}

/**
 * Answers 304 when the client's ETag still names the person's current records version, before
 * anything is read: an unchanged year costs one small lookup. A 304 discloses nothing new, so only
 * full answers are logged as reads.
 */
async function conditional(deps: Deps, ctx: AppContext, { scope, action }: Read, load: () => Promise<unknown>): Promise<JsonText | undefined> {
  const personId = ctx.state.personId as string;
  const etag = recordsEtag(personId, await recordsVersion(deps, personId), scope);
  if (etagMatches(ctx.get('If-None-Match'), etag)) {
    ctx.set('ETag', etag);
    ctx.status = 304;
    return undefined;
  }
  // The answer is a function of the ETag's inputs alone, so it can be kept under the ETag.
  const body = await cachedAnswer(deps.answers, etag, load);
  await logRead(deps, ctx, action);
  ctx.set('ETag', etag);
  return body;
}

const personOf = (ctx: AppContext) => ctx.state.personId as string;

/**
 * One conditional read: what its ETag covers besides the person and the version, and the action
 * a full answer is logged under. The route's handler and its `knownAnswer` take the same one.
 */
interface Read {
  scope: string;
  action: string;
}

const listRead = (query: RecordsQuery): Read => ({ scope: `list|${query.from}|${query.to}|${query.type ?? '*'}`, action: 'records.read' });
const SUMMARY: Read = { scope: 'summary', action: 'records.summary' };
const YEARS: Read = { scope: 'years', action: 'records.years' };

/** `conditional`'s answer as far as this instance keeps it: the ETag, and the answer kept under it. */
function knownAnswer(deps: Deps, personId: string, { scope, action }: Read): KnownAnswer | undefined {
  const etag = keptRecordsEtag(deps, personId, scope);
  return etag === undefined ? undefined : { etag, kept: () => deps.answers.get(etag), access: action };
}

/** The signed-in person's payment records; every route reads `ctx.state.personId` only. */
export function recordsResource(deps: Deps): Resource {
  return {
    prefix: '/records',
    tag: 'Records',
    routes: [
      route({
        method: 'get',
        path: '/',
        operationId: 'listRecords',
        summary: 'Monthly records of a year or of a span of months (at most ten years), with ETag',
        auth: 'person',
        query: RecordsQuery,
        response: RecordsResponse,
        knownAnswer: (personId, { query }) => knownAnswer(deps, personId, listRead(query)),
        handler: (ctx, { query }) => conditional(deps, ctx, listRead(query), () => listRecords(deps, personOf(ctx), query)),
      }),
      route({
        method: 'get',
        path: '/summary',
        operationId: 'recordsSummary',
        summary: 'Months paid per type, gaps, pension minimum progress, personal accounts, places, pending months',
        auth: 'person',
        response: RecordsSummary,
        knownAnswer: (personId) => knownAnswer(deps, personId, SUMMARY),
        handler: (ctx) => conditional(deps, ctx, SUMMARY, () => recordsSummary(deps, personOf(ctx))),
      }),
      route({
        method: 'get',
        path: '/years',
        operationId: 'recordYears',
        summary: 'Years with records and their totals',
        auth: 'person',
        response: RecordYears,
        knownAnswer: (personId) => knownAnswer(deps, personId, YEARS),
        handler: (ctx) => conditional(deps, ctx, YEARS, () => recordYears(deps, personOf(ctx))),
      }),
      route({
        method: 'get',
        path: '/statements/:year',
        operationId: 'annualStatement',
        summary: 'The annual personal rights statement of a year',
        auth: 'person',
        params: StatementYearParams,
        response: AnnualStatement,
        errors: { 404: ['RECORDS_YEAR_EMPTY'] },
        handler: async (ctx, { params }) => {
          const statement = await annualStatement(deps, personOf(ctx), Number(params.year));
          await logRead(deps, ctx, 'records.statement');
          return statement;
        },
      }),
      // Last: `/:id` would otherwise also match the named paths above.
      route({
        method: 'get',
        path: '/:id',
        operationId: 'getRecord',
        summary: "One monthly record of the signed-in person's",
        auth: 'person',
        params: RecordIdParams,
        response: RecordDetail,
        errors: { 404: ['NOT_FOUND'] },
        handler: async (ctx, { params }) => {
          const record = await recordDetail(deps, personOf(ctx), params.id);
          await logRead(deps, ctx, 'records.read');
          return record;
        },
      }),
    ],
  };
}
