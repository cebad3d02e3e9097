import { RecordImportBody, RecordImportResult, RecordWithdrawalBody, RecordWithdrawalResult } from '@ssc/shared';
import type { Deps } from '../deps';
import { route, type Resource } from '../http/route';
import { importRecords, withdrawRecords } from '../services/records-import';

/** The social insurance agency's systems sending monthly records (X-Api-Key with an agency key). */
export function agencyRecordsResource(deps: Deps): Resource {
  return {
    prefix: '/agency/records',
    tag: 'Agency',
    routes: [
      route({
        method: 'post',
        path: '/',
        operationId: 'importRecords',
        summary: "Insert or replace one person's monthly records, found by ID number (at most 1200 per call)",
        auth: 'agency',
        body: RecordImportBody,
        response: RecordImportResult,
        errors: { 404: ['RECORDS_PERSON_UNKNOWN'] },
        handler: (ctx, { body }) => importRecords(deps, { ...body, client: ctx.state.client as string, requestId: ctx.state.requestId }),
      }),
      route({
        method: 'post',
        path: '/withdrawals',
        operationId: 'withdrawRecords',
        summary: 'Remove records reported in error, each named by its month and type (and employer, for work injury)',
        auth: 'agency',
        body: RecordWithdrawalBody,
        response: RecordWithdrawalResult,
        errors: { 404: ['RECORDS_PERSON_UNKNOWN'] },
        handler: (ctx, { body }) => withdrawRecords(deps, { ...body, client: ctx.state.client as string, requestId: ctx.state.requestId }),
      }),
    ],
  };
}
