import { resolve } from 'node:path';
import { Secret, TOTP } from 'otpauth';
import type { Page } from 'playwright-core';
import { expectAccessible } from '../support/axe';
import {
  chromiumForSuite,
  field,
  journey,
  screenshot,
  signIn,
  waitForHeading,
  waitForPath,
  waitForText,
} from '../support/browser';
import { DEMO, DEMO_PASSWORD } from '../support/demo';
import { ARTIFACTS_DIR } from '../support/paths';
import { type RunningServer, startServer, stopServer } from '../support/server';

const browser = chromiumForSuite();

/** The code an authenticator app shows for `secret`, `steps` 30-second steps from now. */
const codeOf = (secret: string, steps = 0) =>
  new TOTP({ secret: Secret.fromBase32(secret) }).generate({
    timestamp: Date.now() + steps * 30_000,
  });

/**
 * A server of its own: once the counselor has two-factor sign-in, the shared journeys could
 * no longer sign in as her with a password alone.
 */
let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ log: resolve(ARTIFACTS_DIR, 'two-factor-server.log') });
}, 180_000);
afterAll(async () => {
  if (server) await stopServer(server);
});

/** Nothing wider than the screen (a 360 px phone's, too). */
async function fitsTheScreen(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

const SCREENS = [
  { name: 'two-factor', email: DEMO.counselor.email, width: 1280, height: 900, phone: false },
  // Another counselor, on a small phone.
  {
    name: 'two-factor-phone',
    email: 'priya.shah@riverbend.example',
    width: 360,
    height: 740,
    phone: true,
  },
];

describe('staff two-factor sign-in', () => {
  test.each(SCREENS)(
    'a counselor sets up an authenticator app, then signs in with password and code ($width px)',
    ({ name, email, width, height, phone }) =>
      journey(
        browser(),
        name,
        async (page) => {
          await signIn(page, email, DEMO_PASSWORD);
          await waitForPath(page, '/caseload');

          await page.goto('/profile');
          await waitForHeading(page, 'Two-factor sign-in', 2);
          await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
          await page.getByRole('img', { name: 'QR code for your authenticator app' }).waitFor();
          const secret = (await page.getByTestId('totp-secret').innerText()).trim();
          expect(secret).toMatch(/^[A-Z2-7]{32}$/);
          await expectAccessible(page, 'two-factor enrolment');
          await fitsTheScreen(page);
          await screenshot(page, `${name}-enrolment`);

          // A wrong code first, then the app's code.
          await field(page, 'Code from your app').fill('000000');
          await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
          await waitForText(page, 'That code is not valid');
          await field(page, 'Code from your app').fill(codeOf(secret));
          await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
          await waitForText(page, 'Save these recovery codes');
          const codes = await page
            .getByRole('list', { name: 'Recovery codes' })
            .getByRole('listitem')
            .allInnerTexts();
          expect(codes).toHaveLength(10);
          await expectAccessible(page, 'recovery codes');
          await fitsTheScreen(page);
          await screenshot(page, `${name}-recovery-codes`);
          await page.getByRole('button', { name: 'I have saved my recovery codes' }).click();
          await waitForText(page, '10 recovery codes left');

          await page.getByRole('button', { name: 'Sign out' }).click();
          await waitForPath(page, '/sign-in');

          // Password first, then the code (the next step's: the first one was spent).
          await signIn(page, email, DEMO_PASSWORD);
          await waitForHeading(page, 'Enter your code');
          await expectAccessible(page, 'two-factor sign-in');
          await fitsTheScreen(page);
          await screenshot(page, `${name}-sign-in`);
          await field(page, 'Authentication code').fill(codeOf(secret, 1));
          await page.getByRole('button', { name: 'Verify and sign in' }).click();
          await waitForPath(page, '/caseload');
          await waitForHeading(page, 'Caseload');
        },
        // bypassCSP lets the axe-core script in (see support/axe.ts).
        {
          viewport: { width, height },
          isMobile: phone,
          hasTouch: phone,
          baseURL: server.url,
          bypassCSP: true,
        },
      ),
  );
});
