import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startSmtpServer, type TestSmtp } from '../../server/test/smtp';
import { expectAccessible } from '../support/axe';
import {
  chromiumForSuite,
  field,
  journey,
  PHONE,
  signIn,
  waitForHeading,
  waitForPath,
  waitForText,
} from '../support/browser';
import { DEMO, DEMO_PASSWORD, SIGN_IN_FAILED } from '../support/demo';
import { ARTIFACTS_DIR } from '../support/paths';
import { type RunningServer, startServer, stopServer } from '../support/server';

const browser = chromiumForSuite();
const NEW_PASSWORD = 'a sentence I will remember';

/**
 * A server of its own, with email: the shared journeys' server has no SMTP, and this journey
 * reads the link from the email a real SMTP server catches.
 */
let smtp: TestSmtp;
let server: RunningServer;
beforeAll(async () => {
  smtp = await startSmtpServer();
  server = await startServer({
    log: resolve(ARTIFACTS_DIR, 'password-reset-server.log'),
    env: { SMTP_URL: smtp.url, MAIL_FROM: 'Tandem <no-reply@tandem.example>' },
  });
}, 180_000);
afterAll(async () => {
  if (server) await stopServer(server);
  await smtp?.close();
});

/** The reset link in the newest email to `to`, once it has arrived. */
async function mailedLink(to: string): Promise<URL> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    for (const mail of [...smtp.mails].reverse()) {
      if (!mail.includes(`To: ${to}`)) continue;
      const link = /https?:\/\/[^\s]+\/reset-password#[A-Za-z0-9_-]{43}/.exec(
        mail.replace(/=\r?\n/g, ''),
      );
      if (link) return new URL(link[0]);
    }
    await new Promise((wait) => setTimeout(wait, 200));
  }
  throw new Error(`No password reset email to ${to} arrived within 15 s.`);
}

async function refusedSignIn(page: Page) {
  await page
    .getByRole('alert')
    .filter({ hasText: SIGN_IN_FAILED, visible: true })
    .first()
    .waitFor();
}

describe('password recovery', () => {
  test('a client resets a forgotten password from the emailed link, then signs in with it', () =>
    journey(
      browser(),
      'password-reset',
      async (page) => {
        await page.goto('/sign-in');
        await page.getByRole('link', { name: 'Forgot password?' }).click();
        await waitForPath(page, '/forgot-password');
        await waitForHeading(page, 'Forgot your password?');
        await expectAccessible(page, 'forgot password');
        await field(page, 'Email').fill(DEMO.client.email);
        await page.getByRole('button', { name: 'Email me a link' }).click();
        await waitForText(page, 'If that email address has a Tandem account');

        // The link from the email, opened in this browser (the server's own address).
        const link = await mailedLink(DEMO.client.email);
        await page.goto(`${link.pathname}${link.hash}`);
        await waitForHeading(page, 'Choose a new password');
        await expectAccessible(page, 'reset password');
        await field(page, 'New password').fill(NEW_PASSWORD);
        await field(page, 'Repeat the new password').fill(NEW_PASSWORD);
        await page.getByRole('button', { name: 'Change password' }).click();
        await waitForText(page, 'Your password was changed');
        await page.getByRole('link', { name: 'Sign in' }).click();
        await waitForPath(page, '/sign-in');

        // The old password no longer works; the new one does.
        await signIn(page, DEMO.client.email, DEMO_PASSWORD);
        await refusedSignIn(page);
        await signIn(page, DEMO.client.email, NEW_PASSWORD);
        await waitForPath(page, '/exercises');
        await waitForHeading(page, 'My exercises');

        // The link worked once.
        await page.goto(`${link.pathname}${link.hash}`);
        await field(page, 'New password').fill('another new sentence');
        await field(page, 'Repeat the new password').fill('another new sentence');
        await page.getByRole('button', { name: 'Change password' }).click();
        await waitForText(page, 'This password reset link is not valid');
      },
      // bypassCSP lets the axe-core script in (see support/axe.ts).
      { ...PHONE, baseURL: server.url, bypassCSP: true },
    ));
});
