import type { Page } from 'playwright-core';
import { expectAccessible } from '../support/axe';
import {
  chromiumForSuite,
  newUserContext,
  PHONE,
  screenshot,
  signIn,
  waitForHeading,
  waitForPath,
  waitForText,
} from '../support/browser';
import { DEMO, DEMO_PASSWORD } from '../support/demo';
import { accept, invite, type Invitee } from '../support/invitations';

/**
 * First-run guidance: a counselor with no couples, a library search that finds nothing and a
 * client with nothing to do each say what to do next, with the action to take.
 */

const browser = chromiumForSuite();

const run = Date.now().toString(36);
const PASSWORD = 'a long password for first run';
const people = {
  counselor: {
    name: `Fresh Counselor ${run}`,
    email: `fresh.counselor.${run}@riverbend.example`,
    role: 'Counselor',
  },
  client: {
    name: `Fresh Client ${run}`,
    email: `fresh.client.${run}@riverbend.example`,
    role: 'Client',
  },
} satisfies Record<string, Invitee>;

let links: Record<keyof typeof people, string>;
beforeAll(async () => {
  const admin = await (await newUserContext(browser())).newPage();
  await signIn(admin, DEMO.admin.email, DEMO_PASSWORD);
  await waitForPath(admin, '/admin');
  await admin.goto('/admin/accounts');
  await waitForHeading(admin, 'Accounts');
  links = {
    counselor: await invite(admin, people.counselor),
    client: await invite(admin, people.client),
  };
  await admin.context().close();
});

async function closeAll(...pages: Page[]) {
  for (const page of pages) await page.context().close();
}

test('a counselor with no couples is told how couples arrive and pointed to the library, where an empty search offers to clear the filters', async () => {
  // bypassCSP lets the axe-core script in (see support/axe.ts).
  const page = await accept(
    browser(),
    links.counselor,
    PASSWORD,
    { path: '/caseload', heading: 'Caseload' },
    { bypassCSP: true },
  );
  await waitForText(page, 'No couples on your caseload yet');
  await waitForText(page, "A clinic admin puts you on a couple's care team");
  await expectAccessible(page, 'empty caseload');
  await screenshot(page, 'first-run-empty-caseload');

  await page.getByRole('link', { name: 'Browse the exercise library' }).click();
  await waitForHeading(page, 'Exercise library');
  const cards = page.getByRole('button', { name: 'Preview' });
  await cards.first().waitFor();
  const all = await cards.count();
  await page.getByLabel(/^Search/).fill(`no exercise is called ${run}`);
  await waitForText(page, 'No exercises match');
  await waitForText(page, 'Try fewer filters or other words');
  await expectAccessible(page, 'empty library search');
  await screenshot(page, 'first-run-empty-library-search');
  await page.getByRole('button', { name: 'Clear the filters' }).click();
  await cards.first().waitFor();
  expect(await cards.count()).toBe(all);
  expect(await page.getByLabel(/^Search/).inputValue()).toBe('');
  await closeAll(page);
});

test('a client with nothing to do is told what comes next and offered their progress', async () => {
  const page = await accept(
    browser(),
    links.client,
    PASSWORD,
    { path: '/exercises', heading: 'My exercises' },
    { ...PHONE, bypassCSP: true },
  );
  await waitForText(page, 'Nothing to do right now.');
  await waitForText(page, 'You are all caught up.');
  await expectAccessible(page, 'client with nothing to do');
  await screenshot(page, 'first-run-client-nothing-to-do');
  await page.getByRole('link', { name: 'See my progress' }).click();
  await waitForHeading(page, 'My progress');
  await closeAll(page);
});
