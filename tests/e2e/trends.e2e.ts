import type { Page } from 'playwright-core';
import {
  chromiumForSuite,
  PHONE,
  signedInPage,
  screenshot,
  waitForHeading,
  waitForPath,
} from '../support/browser';
import { DEMO, DEMO_PASSWORD } from '../support/demo';

const browser = chromiumForSuite();

const COUPLE = 'Alex & Sam Morgan';

/** Each person on their own device; clients on a phone. */
const signedIn = (email: string, phone = false) =>
  signedInPage(browser(), email, DEMO_PASSWORD, phone ? PHONE : {});

/** Rows of the scores table of the couple page (one per check-in and partner). */
async function tableRows(counselor: Page): Promise<number> {
  const table = counselor.getByRole('table', { name: /^Scores of each check-in/ });
  await table.waitFor();
  return (await table.locator('tbody tr').count()) as number;
}

test("a counselor reads a couple's trends; a partner takes a check-in on a phone and the chart gains the point", async () => {
  const counselor = await signedIn(DEMO.counselor.email);
  await waitForHeading(counselor, 'Caseload');
  await counselor.getByRole('link', { name: COUPLE }).click();
  await waitForHeading(counselor, COUPLE);
  const progress = counselor.getByRole('region', { name: 'Progress' });
  await progress.getByText('All', { exact: true }).click();
  // Both partners' lines, the clinical band and the gap chart are drawn.
  await progress
    .getByRole('heading', { name: /over time$/ })
    .first()
    .waitFor();
  await progress
    .getByText(/Clinical range/)
    .first()
    .waitFor();
  await progress.getByRole('heading', { name: 'Gap between the partners' }).waitFor();
  const lines = progress.locator('.recharts-line');
  expect(await lines.count()).toBeGreaterThanOrEqual(2);
  await progress.getByText('Alex Morgan', { exact: true }).first().waitFor();
  await progress.getByText('Sam Morgan', { exact: true }).first().waitFor();
  // Full check-ins by default, the pulse a choice away; change since baseline and since the
  // previous check-in, read against a named cut-off and reliability.
  expect(await progress.getByRole('radio', { name: 'Full check-ins' }).isChecked()).toBe(true);
  await progress
    .getByRole('article', { name: 'Alex Morgan' })
    .getByText(/since the previous check-in/)
    .first()
    .waitFor();
  await progress
    .getByText(/^Reliability used: .*cut-off c = [\d.]+ \(used; a = [\d.]+, b = [\d.]+\)/)
    .waitFor();
  await screenshot(counselor, 'counselor-couple-trends');

  await progress.getByRole('button', { name: 'Show as table' }).click();
  const before = await tableRows(counselor);
  expect(before).toBeGreaterThan(20); // about eleven months of check-ins for two partners

  // Alex takes the open check-in on a phone.
  const alex = await signedIn(DEMO.client.email, true);
  await waitForPath(alex, '/exercises');
  await alex.getByRole('link', { name: 'Full check-in' }).first().click();
  await waitForHeading(alex, 'Full check-in');
  const groups = alex.getByRole('radiogroup');
  const count = await groups.count();
  // Thirty statements, then three about safety (answered "Strongly disagree": no concern).
  expect(count).toBe(33);
  for (let n = 0; n < count; n++) {
    const answer =
      n < 30 ? (n % 3 === 0 ? 'Neither agree nor disagree' : 'Agree') : 'Strongly disagree';
    await groups.nth(n).getByRole('radio', { name: answer, exact: true }).check();
  }
  await alex.getByText('33 of 33 answered').waitFor();
  await screenshot(alex, 'partner-checkin-phone');
  await alex.getByRole('button', { name: /^Submit/ }).click();
  await waitForHeading(alex, 'Thank you!');

  // The counselor's page gains the point without a reload (live update).
  await counselor.waitForFunction(
    async (expected) => {
      const table = [...document.querySelectorAll('table')].find((t) =>
        (t.getAttribute('aria-label') ?? t.querySelector('caption')?.textContent ?? '').startsWith(
          'Scores of each check-in',
        ),
      );
      // Exactly one more row: the refetch may briefly show the previous rows while it loads.
      return table ? table.querySelectorAll('tbody tr').length === expected + 1 : false;
    },
    before,
    { timeout: 15_000 },
  );
  await screenshot(counselor, 'counselor-trends-after-checkin');
  // So does the timeline, on the same live update.
  await counselor
    .getByRole('region', { name: 'Timeline and session notes' })
    .getByRole('listitem')
    .first()
    .getByText(/^Alex Morgan took a full check-in/)
    .waitFor();

  // Alex sees their own progress.
  await alex.getByRole('link', { name: 'See my progress' }).click();
  await waitForHeading(alex, 'My progress');
  await alex.getByRole('heading', { name: 'Interdependence index over time' }).waitFor();
  await screenshot(alex, 'partner-my-progress-phone');
  for (const page of [counselor, alex]) await page.context().close();
});
