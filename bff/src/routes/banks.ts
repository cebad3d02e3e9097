import { BankList, BanksQuery } from '@ssc/shared';
import { BANKS } from '../data/banks';
import { route, type Resource } from '../http/route';

/** Issuing banks and their collection branches, for the application form. */
export function banksResource(): Resource {
  return {
    prefix: '/banks',
    tag: 'Card applications',
    routes: [
      route({
        method: 'get',
        path: '/',
        operationId: 'listBanks',
        summary: 'Banks that issue the card, with the branches where it is collected (optionally in one city)',
        auth: 'none',
        query: BanksQuery,
        response: BankList,
        async handler(ctx, { query }) {
          // Public, identical for everyone, changed with a release: clients may keep it an hour.
          ctx.set('Cache-Control', 'public, max-age=3600');
          const banks = BANKS.map((bank) => ({ ...bank, branches: bank.branches.filter((b) => !query.city || b.city === query.city) }));
          return { banks: banks.filter((bank) => bank.branches.length > 0) };
        },
      }),
    ],
  };
}
