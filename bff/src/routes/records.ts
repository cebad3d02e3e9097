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
async function conditional(deps: Deps, ctx: AppContext, scope: string, action: string, load: () => Promise<unknown>): Promise<JsonText | undefined> {
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

/** What a conditional answer's ETag covers besides the person and the version. */
const listScope = (query: RecordsQuery) => `list|${query.from}|${query.to}|${query.type ?? '*'}`;

/** `conditional`'s answer as far as this instance keeps it: the ETag, and the answer kept under it. */
function knownAnswer(deps: Deps, personId: string, scope: string, access: string): KnownAnswer | undefined {
  const etag = keptRecordsEtag(deps, personId, scope);
  return etag === undefined ? undefined : { etag, kept: () => deps.answers.get(etag), access };
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
        knownAnswer: (personId, { query }) => knownAnswer(deps, personId, listScope(query), 'records.read'),
        handler: (ctx, { query }) => conditional(deps, ctx, listScope(query), 'records.read', () => listRecords(deps, personOf(ctx), query)),
      }),
      route({
        method: 'get',
        path: '/summary',
        operationId: 'recordsSummary',
        summary: 'Months paid per type, gaps, pension minimum progress, personal accounts, places, pending months',
        auth: 'person',
        response: RecordsSummary,
        knownAnswer: (personId) => knownAnswer(deps, personId, 'summary', 'records.summary'),
        handler: (ctx) => conditional(deps, ctx, 'summary', 'records.summary', () => recordsSummary(deps, personOf(ctx))),
      }),
      route({
        method: 'get',
        path: '/years',
        operationId: 'recordYears',
        summary: 'Years with records and their totals',
        auth: 'person',
        response: RecordYears,
        knownAnswer: (personId) => knownAnswer(deps, personId, 'years', 'records.years'),
        handler: (ctx) => conditional(deps, ctx, 'years', 'records.years', () => recordYears(deps, personOf(ctx))),
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
