import { AnnualStatement, RecordDetail, RecordsResponse, RecordsSummary, RecordYears, type InsuranceType } from '@ssc/shared';
import { http } from '../client';

// The list, summary and years answer 304 while the person's records are unchanged (ETag): the
// client sends If-None-Match and answers from its stored copy.

export type RecordsRange = { year: string } | { from: string; to: string };

export const getRecords = (range: RecordsRange, type?: InsuranceType) =>
  http.request(RecordsResponse, { path: '/records', query: { ...range, type }, etag: true });

export const getRecordsSummary = () => http.request(RecordsSummary, { path: '/records/summary', etag: true });

export const getRecordYears = () => http.request(RecordYears, { path: '/records/years', etag: true });

export const getRecord = (id: string) => http.request(RecordDetail, { path: `/records/${encodeURIComponent(id)}` });

export const getStatement = (year: number | string) => http.request(AnnualStatement, { path: `/records/statements/${encodeURIComponent(String(year))}` });
