import { BankList } from '@ssc/shared';
import { http } from '../client';

/** Issuing banks and their branches, optionally in one city. */
export const listBanks = (city?: string) => http.request(BankList, { path: '/banks', query: { city } });
