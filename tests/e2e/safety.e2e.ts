import type { Locator, Page } from 'playwright-core';
import {
  chromiumForSuite,
  PHONE,
  screenshot,
  signedInPage,
  waitForHeading,
  waitForPath,
  waitForText,
} from '../support/browser';
import { DEMO, DEMO_PASSWORD } from '../support/demo';

const browser = chromiumForSuite();

// A couple no other journey takes a check-in of: Dana has the overdue full check-in the demo
// couple missed yesterday, and the demo counselor is on their care team (beside Priya Shah).
// Chris's overdue one stays open, so the caseload still shows a check-in due for them.
const COUPLE = 'Dana & Chris Haddad';
const CLIENT = { email: 'dana.haddad@riverbend.example', name: 'Dana Haddad' };
const PARTNER = { email: 'chris.haddad@riverbend.example', name: 'Chris Haddad' };
const URGENT = 'Urgent: safety';
const BANNER_TITLE = `Safety answer needs an individual check: ${CLIENT.name}`;
/** Words that would give a safety answer away on a partner's page. */
const GIVEAWAY = /safety|afraid|controlled|hurt|alert|urgent/i;

/** The caseload table's row of the couple. */
function caseloadRow(counselor: Page): Locator {
  return counselor
    .getByRole('row')
    .filter({ has: counselor.getByRole('link', { name: COUPLE, exact: true }) });
}

/** What the partner reads on one of their pages, once it has loaded. */
async function partnerPageText(partner: Page, path: string, heading: string): Promise<string> {
  await partner.goto(path);
  await waitForHeading(partner, heading);
  await partner.waitForLoadState('networkidle');
  return partner.locator('body').innerText();
}

test("a client's safety answer reaches the care team live, is resolved with a note, and never reaches the partner", async () => {
  // The counselor's caseload is open before the check-in is submitted.
  const counselor = await signedInPage(browser(), DEMO.counselor.email, DEMO_PASSWORD);
  await waitForHeading(counselor, 'Caseload');
  const row = caseloadRow(counselor);
  await row.waitFor();
  expect(await row.getByText(URGENT, { exact: true }).count()).toBe(0);

  // The client takes the open check-in on a phone and agrees with one safety statement.
  const client = await signedInPage(browser(), CLIENT.email, DEMO_PASSWORD, PHONE);
  await waitForPath(client, '/exercises');
  await client.getByRole('link', { name: 'Full check-in' }).first().click();
  await waitForHeading(client, 'Full check-in');
  const safety = client.getByRole('region', { name: 'Your safety' });
  await safety.waitFor();
  const groups = client.getByRole('radiogroup');
  const count = await groups.count();
  const safetyGroups = safety.getByRole('radiogroup');
  const safetyCount = await safetyGroups.count();
  expect(safetyCount).toBeGreaterThanOrEqual(1);
  for (let n = 0; n < count - safetyCount; n++) {
    const answer = n % 3 === 0 ? 'Neither agree nor disagree' : 'Agree';
    await groups.nth(n).getByRole('radio', { name: answer, exact: true }).check();
  }
  for (let n = 0; n < safetyCount; n++) {
    const answer = n === 0 ? 'Agree' : 'Strongly disagree';
    await safetyGroups.nth(n).getByRole('radio', { name: answer, exact: true }).check();
  }
  await client.getByText(`${count} of ${count} answered`).waitFor();
  await screenshot(client, 'safety-client-checkin-phone');
  await client.getByRole('button', { name: /^Submit/ }).click();
  await waitForHeading(client, 'Thank you!');

  // The caseload shows the urgent flag without a reload.
  await row.getByText(URGENT, { exact: true }).waitFor();
  await row.getByText(/A safety answer needs an individual check/).waitFor();
  await screenshot(counselor, 'safety-caseload-urgent');

  // While the alert is open, the partner's pages say nothing about it.
  const partner = await signedInPage(browser(), PARTNER.email, DEMO_PASSWORD, PHONE);
  await waitForPath(partner, '/exercises');
  for (const [path, heading] of [
    ['/exercises', 'My exercises'],
    ['/progress', 'My progress'],
    ['/notifications', 'Notifications'],
  ] as const) {
    const text = await partnerPageText(partner, path, heading);
    expect({ path, giveaway: text.match(GIVEAWAY)?.[0] ?? null }).toEqual({
      path,
      giveaway: null,
    });
  }

  // The couple page shows the banner: whose check-in, never which answer.
  await row.getByRole('link', { name: COUPLE, exact: true }).click();
  await waitForHeading(counselor, COUPLE);
  const banner = counselor.getByRole('alert').filter({ hasText: BANNER_TITLE });
  await banner.waitFor();
  expect(await banner.innerText()).not.toMatch(/\bagree\b/i);

  // Resolving needs a note and the confirmation that the individual check took place.
  await banner.getByRole('button', { name: 'Resolve', exact: true }).click();
  const dialog = counselor.getByRole('dialog', {
    name: `Resolve the safety alert for ${CLIENT.name}?`,
  });
  await dialog.waitFor();
  const resolve = dialog.getByRole('button', { name: 'Resolve alert' });
  expect(await resolve.isDisabled()).toBe(true);
  await dialog
    .getByLabel(/What the individual safety check found/)
    .fill('Spoke with Dana alone by phone; no immediate risk; safety plan agreed.');
  expect(await resolve.isDisabled()).toBe(true);
  await dialog
    .getByRole('checkbox', { name: `I have done an individual safety check with ${CLIENT.name}` })
    .check();
  await screenshot(counselor, 'safety-resolve-dialog');
  await resolve.click();
  await dialog.waitFor({ state: 'detached' });

  // The banner goes; a confirmation takes the focus in its place.
  await banner.waitFor({ state: 'detached' });
  await waitForText(counselor, `Safety alert for ${CLIENT.name} resolved`);
  await screenshot(counselor, 'safety-resolved');

  // Back on the caseload, the urgent flag has gone too.
  await counselor
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Caseload' })
    .click();
  await waitForHeading(counselor, 'Caseload');
  await caseloadRow(counselor).waitFor();
  await caseloadRow(counselor).getByText(URGENT, { exact: true }).waitFor({ state: 'detached' });

  // And the partner still sees nothing of it.
  for (const [path, heading] of [
    ['/exercises', 'My exercises'],
    ['/notifications', 'Notifications'],
  ] as const) {
    const text = await partnerPageText(partner, path, heading);
    expect({ path, giveaway: text.match(GIVEAWAY)?.[0] ?? null }).toEqual({
      path,
      giveaway: null,
    });
  }
  for (const page of [counselor, client, partner]) await page.context().close();
});
