import test from 'ava';
import { cachedAnswer, createAnswerCache } from '../bff/src/services/answer-cache';

test('keeps an answer, as its JSON, under its key and loads it once', async (t) => {
  const cache = createAnswerCache();
  let loads = 0;
  const load = async () => ({ n: ++loads });
  const answer = async (key: string) => JSON.parse((await cachedAnswer(cache, key, load)).text);
  t.deepEqual(await answer('a'), { n: 1 });
  t.deepEqual(await answer('a'), { n: 1 });
  t.deepEqual(await answer('b'), { n: 2 });
});

test('stays within its size however many answers it is given, dropping the least recently used', async (t) => {
  const cache = createAnswerCache(10_000);
  const big = 'x'.repeat(900);
  for (let i = 0; i < 100; i += 1) await cachedAnswer(cache, `k${i}`, async () => ({ big, i }));
  t.true(cache.calculatedSize <= 10_000, `${cache.calculatedSize} bytes kept`);
  t.true(cache.size < 100 && cache.size > 0);
  t.true(cache.has('k99'), 'the newest is kept');
  t.false(cache.has('k0'), 'the oldest went first');
});

test('does not keep an answer larger than a tenth of the whole, but still returns it', async (t) => {
  const cache = createAnswerCache(10_000);
  const huge = { text: 'y'.repeat(2_000) };
  t.is((await cachedAnswer(cache, 'huge', async () => huge)).text, JSON.stringify(huge));
  t.false(cache.has('huge'));
});
