import type { BrowserContextOptions, Page } from 'playwright-core';
import { expectAccessible } from '../support/axe';
import {
  field,
  chromiumForSuite,
  newUserContext,
  PHONE,
  signIn,
  waitForHeading,
  waitForPath,
  waitForText,
} from '../support/browser';
import { DEMO, DEMO_PASSWORD } from '../support/demo';

const browser = chromiumForSuite();

const COUPLE = 'Alex & Sam Morgan';

/** A page whose context lets the injected axe-core script past the product's CSP. */
async function axePage(options: BrowserContextOptions = {}): Promise<Page> {
  return (await newUserContext(browser(), { bypassCSP: true, ...options })).newPage();
}

async function signedIn(email: string, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await axePage(options);
  await signIn(page, email, DEMO_PASSWORD);
  return page;
}

/** Follows a navigation link (opening the phone menu first when it is collapsed). */
async function navigate(page: Page, name: string, heading = name): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await nav.waitFor({ state: 'attached' });
  const burger = page.getByRole('button', { name: 'Toggle navigation' });
  if (await burger.isVisible()) await burger.click();
  // "Notifications" carries its unread count in its name.
  const link = nav.getByRole('link', { name: new RegExp(`^${name}( \\d+ unread)?$`) });
  await link.click();
  await waitForHeading(page, heading);
}

/** Opens the page's first "What does … mean?" explanation and checks the page with it open. */
async function checkExplanation(page: Page, label: string): Promise<void> {
  await page
    .getByRole('button', { name: /^What does .* mean\?$/ })
    .first()
    .click();
  await page.getByRole('dialog').last().waitFor();
  // Mantine fades the popover in; wait until it is fully drawn.
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[role=dialog]')].every(
      (dialog) => getComputedStyle(dialog).opacity === '1',
    ),
  );
  await expectAccessible(page, `${label}, explanation open`);
  await page.keyboard.press('Escape');
}

test('sign-in and invitation acceptance pages have no serious accessibility violations', async () => {
  const page = await axePage();
  await page.goto('/sign-in');
  await waitForHeading(page, 'Sign in to Tandem');
  await expectAccessible(page, 'sign-in');
  // A failed attempt shows its alert, which must pass too.
  await field(page, 'Email').fill(DEMO.client.email);
  await field(page, 'Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await waitForText(page, 'Email or password is incorrect.');
  await expectAccessible(page, 'sign-in with error');

  // The admin invites someone; the link opens the acceptance page in a fresh browser.
  const admin = await signedIn(DEMO.admin.email);
  await navigate(admin, 'Accounts');
  await admin.getByRole('button', { name: 'Invite someone' }).click();
  const dialog = admin.getByRole('dialog', { name: 'Invite someone' });
  await dialog.waitFor();
  await expectAccessible(admin, 'admin invite dialog');
  const run = Date.now().toString(36);
  await field(admin, 'Name').fill(`Axe Client ${run}`);
  await dialog.getByLabel('Email').fill(`axe.client.${run}@riverbend.example`);
  await dialog.getByRole('radio', { name: 'Client' }).check();
  await dialog.getByRole('button', { name: 'Create invitation' }).click();
  const link = await dialog.getByLabel('Invitation link').inputValue();
  await expectAccessible(admin, 'admin invite dialog with link');
  await dialog.getByRole('button', { name: 'Done' }).click();

  const guest = await axePage();
  await guest.goto(new URL(link).pathname + new URL(link).hash);
  await waitForText(guest, 'Choose a password to finish');
  await expectAccessible(guest, 'invitation acceptance');
  for (const page of [admin, guest]) await page.context().close();
  await page.context().close();
});

for (const [size, options] of [
  ['desktop', {}],
  ['phone', PHONE],
] as const) {
  test(`a client's pages have no serious accessibility violations (${size})`, async () => {
    // Sam, not Alex: the trends journey takes Alex's open check-in, and files run in any order.
    const page = await signedIn(DEMO.partner.email, options);
    await waitForPath(page, '/exercises');
    await waitForHeading(page, 'My exercises');
    await page.getByRole('link', { name: 'Full check-in' }).first().waitFor();
    await expectAccessible(page, `client my exercises (${size})`);

    await page.getByRole('tab', { name: 'Done' }).click();
    await page.getByRole('tab', { name: 'Done', selected: true }).waitFor();
    await expectAccessible(page, `client done list (${size})`);
    await page.getByRole('tab', { name: 'To do' }).click();
    await page.getByRole('tab', { name: 'To do', selected: true }).waitFor();
    await page.getByRole('link', { name: 'Full check-in' }).first().waitFor();

    // A to-do (an exercise) and a check-in.
    const exercise = page.locator('main a[href^="/exercises/"]').first();
    const href = (await exercise.getAttribute('href'))!;
    await exercise.click();
    await waitForPath(page, href);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectAccessible(page, `client to-do (${size})`);
    await page.goBack();
    await page.getByRole('link', { name: 'Full check-in' }).first().click();
    await waitForHeading(page, 'Full check-in');
    await expectAccessible(page, `client check-in (${size})`);

    await navigate(page, 'My progress');
    await page.getByRole('heading', { name: 'Interdependence index over time' }).waitFor();
    await expectAccessible(page, `client my progress (${size})`);
    await checkExplanation(page, `client my progress (${size})`);

    await navigate(page, 'Notifications');
    await expectAccessible(page, `client notifications (${size})`);
    await navigate(page, 'My profile');
    await expectAccessible(page, `client profile (${size})`);
    await page.context().close();
  });
}

test("a counselor's pages and dialogs have no serious accessibility violations", async () => {
  const page = await signedIn(DEMO.counselor.email);
  await waitForHeading(page, 'Caseload');
  await page.getByRole('link', { name: COUPLE }).waitFor();
  await expectAccessible(page, 'counselor caseload');
  await checkExplanation(page, 'counselor caseload');

  await page.getByRole('link', { name: COUPLE }).click();
  await waitForHeading(page, COUPLE);
  const progress = page.getByRole('region', { name: 'Progress' });
  await progress
    .getByRole('heading', { name: /over time$/ })
    .first()
    .waitFor();
  await progress.getByRole('heading', { name: 'Gap between the partners' }).waitFor();
  await expectAccessible(page, 'counselor couple page with charts');
  await progress.getByRole('button', { name: 'Show as table' }).click();
  await progress.getByRole('table', { name: /^Scores of each check-in/ }).waitFor();
  await expectAccessible(page, 'counselor couple page with the table');
  await checkExplanation(page, 'counselor couple page');

  await page.getByRole('button', { name: 'Assign an exercise' }).click();
  await page.getByRole('dialog', { name: 'Assign an exercise' }).waitFor();
  await expectAccessible(page, 'counselor assign dialog');
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name: 'Assign an exercise' }).waitFor({ state: 'detached' });

  await page.getByRole('button', { name: 'Schedule check-ins' }).click();
  await page.getByRole('dialog', { name: 'Schedule check-ins' }).waitFor();
  await expectAccessible(page, 'counselor schedule check-ins dialog');
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name: 'Schedule check-ins' }).waitFor({ state: 'detached' });

  await navigate(page, 'Exercise library');
  await page.getByRole('button', { name: 'Preview' }).first().waitFor();
  await expectAccessible(page, 'counselor library');
  await page.getByRole('button', { name: 'Preview' }).first().click();
  await page.getByRole('dialog', { name: 'Preview: what a client sees' }).waitFor();
  await expectAccessible(page, 'counselor preview dialog');
  await page.keyboard.press('Escape');

  await page.getByRole('link', { name: 'New exercise' }).click();
  await waitForHeading(page, 'New exercise');
  await expectAccessible(page, 'counselor exercise editor');
  await page.context().close();
});

test("an admin's pages have no serious accessibility violations", async () => {
  const page = await signedIn(DEMO.admin.email);
  await waitForHeading(page, 'Clinic overview');
  await page.getByRole('table').first().waitFor();
  await expectAccessible(page, 'admin overview');
  await checkExplanation(page, 'admin overview');
  await navigate(page, 'Accounts');
  await page.getByRole('table').first().waitFor();
  await expectAccessible(page, 'admin accounts');
  await navigate(page, 'Couples');
  await expectAccessible(page, 'admin couples');
  await navigate(page, 'Audit log');
  await page.getByRole('table').first().waitFor();
  await expectAccessible(page, 'admin audit log');
  await page.context().close();
});
