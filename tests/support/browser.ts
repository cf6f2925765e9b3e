import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { ARTIFACTS_DIR, baseUrl, REPO_ROOT } from './paths';

import { launchSystemChromium } from '../../bench/src/system-chromium';

/**
 * One Chromium for the test file that calls this at its top level: launched before its
 * tests, closed after them. Returns a getter, since the browser exists only once they run.
 */
export function chromiumForSuite(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchSystemChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is not running: use the getter inside a test.');
    return browser;
  };
}

/** How long one step (a click, a heading to appear) may take; a journey has several. */
export const STEP_TIMEOUT_MS = 15_000;
const NAVIGATION_TIMEOUT_MS = 30_000;

/** A fresh context (its own cookies and storage) for one user, pointed at the server. */
export async function newUserContext(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    locale: 'en-US',
    viewport: { width: 1280, height: 800 },
    ...options,
  });
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
  return context;
}

/** A phone-sized context, as clients mostly use Tandem. */
export const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
};

/** A page signed in as `email` in a context of its own, as on its own device. */
export async function signedInPage(
  browser: Browser,
  email: string,
  password: string,
  options: BrowserContextOptions = {},
): Promise<Page> {
  const page = await (await newUserContext(browser, options)).newPage();
  await signIn(page, email, password);
  // Leaving the page before the sign-in answered would abort it.
  await page.waitForURL((url) => url.pathname !== '/sign-in');
  return page;
}

/** An input by its visible label; a required field's " *" marker is allowed. */
export function field(page: Page, label: string) {
  return page.getByLabel(new RegExp(`^\\s*${escapeRegExp(label)}\\s*\\*?\\s*$`));
}

/** Fills the sign-in form by its labels and submits it (opening /sign-in first if needed). */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  if (pathOf(page) !== '/sign-in') await page.goto('/sign-in');
  await field(page, 'Email').fill(email);
  await field(page, 'Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** Saves a full-page PNG under test-artifacts/e2e/ and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = join(ARTIFACTS_DIR, `${slug(name)}.png`);
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled', timeout: 10_000 });
  return file;
}

/**
 * Runs one journey in a fresh context and page. Screenshots the page at the end
 * (`<name>.png`), or on failure (`<name>.failed.png`) and then adds the page's address,
 * the screenshot and any browser errors to the failure message.
 */
export async function journey(
  browser: Browser,
  name: string,
  run: (page: Page) => Promise<void>,
  options: BrowserContextOptions = {},
): Promise<void> {
  const context = await newUserContext(browser, options);
  const page = await context.newPage();
  const browserErrors: string[] = [];
  page.on('pageerror', (error) => browserErrors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') browserErrors.push(`console error: ${message.text()}`);
  });
  try {
    await run(page);
    await screenshot(page, name);
  } catch (error) {
    const shot = await screenshot(page, `${name}.failed`).catch(() => undefined);
    if (error instanceof Error) {
      error.message += [
        '',
        `page: ${page.url()}`,
        `screenshot: ${shot ? relative(REPO_ROOT, shot) : '(could not be taken)'}`,
        ...browserErrors.slice(0, 10),
      ].join('\n');
    }
    throw error;
  } finally {
    await context.close();
  }
}

/** The current path, without a trailing slash. */
export function pathOf(page: Page): string {
  const url = new URL(page.url());
  return url.protocol.startsWith('http') ? url.pathname.replace(/(.)\/+$/, '$1') : '';
}

/** Waits until the page is at `path` (after any client-side redirects). */
export async function waitForPath(page: Page, path: string): Promise<void> {
  try {
    await page.waitForURL((url) => url.pathname.replace(/(.)\/+$/, '$1') === path, {
      timeout: STEP_TIMEOUT_MS,
    });
  } catch {
    throw new Error(
      `Expected the page to reach ${path} within ${STEP_TIMEOUT_MS / 1000} s; ` +
        `it is at ${pathOf(page) || page.url()}`,
    );
  }
}

/** Waits for a heading (an h1 unless `level` says otherwise) named exactly `text`. */
export async function waitForHeading(
  page: Page,
  text: string,
  level: number | 'any' = 1,
): Promise<void> {
  const byLevel = level === 'any' ? {} : { level };
  try {
    await page
      .getByRole('heading', { ...byLevel, name: text, exact: true })
      .filter({ visible: true })
      .first()
      .waitFor();
  } catch {
    const found = await page
      .getByRole('heading', byLevel)
      .allInnerTexts()
      .catch(() => []);
    const what = level === 'any' ? 'heading' : `h${level}`;
    throw new Error(
      `Expected an ${what} "${text}" on ${pathOf(page)}; found ` +
        (found.length > 0 ? found.map((h) => JSON.stringify(h.trim())).join(', ') : 'none'),
    );
  }
}

/** Waits until `text` shows somewhere on the page. */
export async function waitForText(page: Page, text: string): Promise<void> {
  try {
    await page.getByText(text).filter({ visible: true }).first().waitFor();
  } catch {
    // What the page said instead (an error alert, usually) makes a failure readable.
    const alerts = await page
      .getByRole('alert')
      .allInnerTexts()
      .catch(() => []);
    const said = alerts.map((alert) => JSON.stringify(alert.trim())).filter((t) => t !== '""');
    throw new Error(
      `Expected "${text}" to show on ${pathOf(page)} within ${STEP_TIMEOUT_MS / 1000} s` +
        (said.length > 0 ? `; alerts: ${said.join(', ')}` : ''),
    );
  }
}

function slug(name: string) {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
