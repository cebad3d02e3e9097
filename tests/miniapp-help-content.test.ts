import { HelpIndex } from '@ssc/shared';
import test from 'ava';
import { groupArticles } from '../miniapp/src/components/help/articles';
import { dialable, telHref } from '../miniapp/src/components/help/phone';
import { createHttpClient } from '../miniapp/src/services/http';
import { memoryStore } from '../miniapp/src/services/kv';
import { createSession } from '../miniapp/src/services/session';
import { startApi } from './helpers/api';
import { fetchTransport } from './helpers/fetch-transport';

const article = (slug: string, category: 'records' | 'card' | 'rights' | 'app') => ({ slug, category, title: slug, summary: `${slug} summary` });

test('groups articles under their categories in the order given, leaving out empty ones', (t) => {
  const groups = groupArticles({
    locale: 'en',
    categories: [
      { id: 'records', title: 'Records' },
      { id: 'card', title: 'Card' },
      { id: 'rights', title: 'Rights' },
    ],
    articles: [article('card-a', 'card'), article('records-a', 'records'), article('card-b', 'card')],
  });
  t.deepEqual(
    groups.map((g) => [g.title, g.articles.map((a) => a.slug)]),
    [
      ['Records', ['records-a']],
      ['Card', ['card-a', 'card-b']],
    ],
  );
});

test('dials only the digits of a printed phone number', (t) => {
  t.is(dialable('010-6610 1234'), '01066101234');
  t.is(telHref('12333'), 'tel:12333');
  t.is(telHref('+86 10 1234'), 'tel:+86101234');
});

test('puts every article of the real help index in a group, in the language asked for', async (t) => {
  const api = await startApi(t);
  const http = createHttpClient({ transport: fetchTransport, baseUrl: `${api.url}/api/v1`, session: createSession(memoryStore()), locale: () => 'es', onUnauthorized: () => {} });
  const index = await http.request(HelpIndex, { path: '/help' });
  t.is(index.locale, 'es');
  const grouped = groupArticles(index).flatMap((g) => g.articles.map((a) => a.slug));
  t.deepEqual([...grouped].sort(), index.articles.map((a) => a.slug).sort());
  t.true(grouped.length > 0);
});
