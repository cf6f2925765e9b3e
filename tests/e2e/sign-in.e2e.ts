import type { Page } from 'playwright-core';
import {
  journey,
  chromiumForSuite,
  pathOf,
  signIn,
  STEP_TIMEOUT_MS,
  waitForHeading,
  waitForPath,
  waitForText,
} from '../support/browser';
import { DEMO, DEMO_PASSWORD, SIGN_IN_FAILED } from '../support/demo';

const browser = chromiumForSuite();

/** Each role's home after signing in, and something of the demo clinic it must show. */
const homes = [
  { role: 'admin', email: DEMO.admin.email, path: '/admin', heading: 'Clinic overview' },
  {
    role: 'counselor',
    email: DEMO.counselor.email,
    path: '/caseload',
    heading: 'Caseload',
    shows: DEMO.client.name,
  },
  {
    role: 'client',
    email: DEMO.client.email,
    path: '/exercises',
    heading: 'My exercises',
    shows: DEMO.partner.name,
  },
];

async function signInToHome(page: Page, home: (typeof homes)[number]) {
  await signIn(page, home.email, DEMO_PASSWORD);
  await waitForPath(page, home.path);
  await waitForHeading(page, home.heading);
  if (home.shows) await waitForText(page, home.shows);
}

/** The text of the alert that reports a failed sign-in. */
async function signInAlert(page: Page): Promise<string> {
  const alert = page.getByRole('alert').filter({ hasText: SIGN_IN_FAILED, visible: true }).first();
  try {
    await alert.waitFor();
  } catch {
    const alerts = await page
      .getByRole('alert')
      .allInnerTexts()
      .catch(() => []);
    throw new Error(
      `Expected an alert saying "${SIGN_IN_FAILED}" within ${STEP_TIMEOUT_MS / 1000} s; ` +
        `alerts on ${pathOf(page)}: ${alerts.length > 0 ? JSON.stringify(alerts) : 'none'}`,
    );
  }
  return alert.innerText();
}

describe('signing in', () => {
  test.each(homes)('the $role lands on $path', (home) =>
    journey(browser(), `sign-in-${home.role}`, (page) => signInToHome(page, home)),
  );

  test.each([
    { case: 'a wrong password', email: DEMO.admin.email, password: 'not-the-demo-password' },
    { case: 'an unknown email', email: 'nobody@riverbend.example', password: DEMO_PASSWORD },
  ])(
    '$case gets the one generic message and stays on /sign-in',
    ({ case: what, email, password }) =>
      journey(browser(), `sign-in-refused-${what}`, async (page) => {
        await signIn(page, email, password);
        const alert = await signInAlert(page);
        // Exactly this sentence on a line of its own (a title above it is fine), the same
        // for both cases so the page never tells which accounts exist.
        expect(alert.split('\n').map((line) => line.trim())).toContain(SIGN_IN_FAILED);
        expect(pathOf(page)).toBe('/sign-in');
      }),
  );
});

describe('signing out', () => {
  test.each(homes)('the $role signs out and then cannot open $path', (home) =>
    journey(browser(), `sign-out-${home.role}`, async (page) => {
      await signInToHome(page, home);
      await page.getByRole('button', { name: 'Sign out', exact: true }).click();
      await waitForPath(page, '/sign-in');
      await waitForHeading(page, 'Sign in to Tandem', 'any');
      // A full page load, so nothing in the app's memory can stand in for the session.
      await page.goto(home.path);
      await waitForPath(page, '/sign-in');
      await waitForHeading(page, 'Sign in to Tandem', 'any');
    }),
  );
});

describe('on a phone (375 × 740)', () => {
  const phone = { viewport: { width: 375, height: 740 } };

  const pageWidth = (page: Page) =>
    page.evaluate(() => ({
      scrollWidth: document.scrollingElement?.scrollWidth ?? document.body.scrollWidth,
      innerWidth: window.innerWidth,
    }));

  test('a client signs in and sees their home without scrolling sideways', () =>
    journey(
      browser(),
      'client-home-375px',
      async (page) => {
        await page.goto('/sign-in');
        await waitForHeading(page, 'Sign in to Tandem', 'any');
        const signInPage = await pageWidth(page);
        expect(signInPage.scrollWidth).toBeLessThanOrEqual(signInPage.innerWidth);

        await signInToHome(page, homes[2]);
        const home = await pageWidth(page);
        expect(home.innerWidth).toBe(375);
        expect(home.scrollWidth).toBeLessThanOrEqual(home.innerWidth);
      },
      phone,
    ));
});
