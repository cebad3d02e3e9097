import { e2eTest, openPhone, screenshot } from './helpers/browser';
import { startH5Server } from './helpers/h5-server';

e2eTest('opens the h5 app on its home page and switches it to english', async (t) => {
  t.timeout(6 * 60_000); // includes the H5 build when the sources changed
  const { url } = await startH5Server(t);
  const page = await openPhone(t);

  await page.goto(`${url}/`);
  // The page's heading, not the H5 navigation bar's copy of the title.
  await page.getByRole('heading', { name: '电子社保卡' }).waitFor({ timeout: 30_000 });
  t.is(await page.title(), '电子社保卡');

  await page.getByText('English', { exact: true }).click();
  await page.getByRole('heading', { name: 'Social Security Card' }).waitFor();
  t.true(await page.getByText('Payment records', { exact: true }).isVisible());
  t.is(await page.title(), 'Social Security Card');

  t.log(`screenshot: ${await screenshot(page, 'e2e-smoke-home-en')}`);
});
