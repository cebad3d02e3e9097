import { RecordImportBody, RecordImportResult } from '@ssc/shared';
import type { Deps } from '../deps';
import { route, type Resource } from '../http/route';
import { importRecords } from '../services/records-import';

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
    ],
  };
}
