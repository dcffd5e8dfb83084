/**
 * No form input value is ever stored or exported: fill a form with known values, scan, save, export
 * everything; the values appear nowhere in IndexedDB or in any export.
 */
import { readFileSync } from 'node:fs';
import { dumpDatabase, expect, startReviewFromPopup, test } from './fixtures';

const SECRETS = {
  first_name: 'Zephyrine-K41',
  last_name: 'Quillfeather-M88',
  email: 'zq.secret-9913@leak.example',
  phone: '+44 7700 900123',
  cardnumber: '4111111111111111',
  login_email: 'login-secret-5521@leak.example',
  pw: 'Hunter2-Password-Secret',
};
const PREFILLED = ['Prefilledtown-Q7', 'Preloaded-note-Z3'];

test('typed and prefilled form values never reach IndexedDB or any export', async ({ context, extensionId, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/privacy/checkout.html`);
  for (const [name, value] of Object.entries(SECRETS)) await page.fill(`[name=${name}]`, value);
  await page.fill('[name=dob]', '1987-06-05');

  const popup = await startReviewFromPopup(context, extensionId, page, 'Privacy shop');
  await expect(popup.locator('[data-testid=popup-findings] li').first()).toBeVisible();

  const haystacks: [string, string][] = [['IndexedDB', JSON.stringify(await dumpDatabase(popup))]];
  for (const label of ['Export JSON', 'Export HTML']) {
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.click(`button:has-text("${label}")`)]);
    haystacks.push([label, readFileSync((await download.path())!, 'utf8')]);
  }
  // The scan really saw the form (so the test is not vacuous).
  expect(haystacks[0]![1]).toContain('first_name');
  for (const [where, text] of haystacks) {
    for (const secret of [...Object.values(SECRETS), '1987-06-05', ...PREFILLED]) {
      expect(text.includes(secret), `${secret} found in ${where}`).toBe(false);
    }
  }
});
