import {
  chromiumForSuite,
  newUserContext,
  screenshot,
  signIn,
  waitForHeading,
  waitForText,
} from '../support/browser';
import { DEMO, DEMO_PASSWORD } from '../support/demo';

const browser = chromiumForSuite();

const FLAGS = [
  'Reliable deterioration',
  'High codependence risk',
  'Large partner gap',
  'Disengaged',
  'Check-in due',
  'Not on track',
];

test("the demo counselor's caseload shows every kind of flag with its reason", async () => {
  const page = await (await newUserContext(browser())).newPage();
  await signIn(page, DEMO.counselor.email, DEMO_PASSWORD);
  await waitForHeading(page, 'Caseload');
  const table = page.getByRole('table');
  for (const flag of FLAGS) {
    await table.getByText(flag, { exact: true }).first().waitFor();
  }
  // Each flag carries its reason and numbers.
  await waitForText(page, "Casey Bennett's index fell from");
  await waitForText(page, 'flagged at 60 or more');
  await waitForText(page, 'points apart');
  await screenshot(page, 'counselor-caseload-flags');

  // Only flagged couples, and a search, narrow the list.
  await page.getByRole('switch', { name: 'Only couples with flags' }).check();
  await waitForText(page, 'couples match');
  await page.getByLabel('Find a couple').fill('Castillo');
  await page.getByRole('link', { name: 'Alex & Sam Morgan' }).waitFor({ state: 'detached' });
  await page.getByRole('link', { name: 'Jamie & Drew Castillo' }).waitFor();
  await page.context().close();
});
