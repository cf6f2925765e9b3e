import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { field, newUserContext, waitForHeading, waitForPath, waitForText } from './browser';

export interface Invitee {
  name: string;
  email: string;
  role: 'Counselor' | 'Client' | 'Clinic admin';
}

/** On the admin's Accounts page: invites one person and returns the one-time link shown. */
export async function invite(admin: Page, person: Invitee): Promise<string> {
  await admin.getByRole('button', { name: 'Invite someone' }).click();
  const dialog = admin.getByRole('dialog', { name: 'Invite someone' });
  await field(admin, 'Name').fill(person.name);
  await dialog.getByLabel('Email').fill(person.email);
  await dialog.getByRole('radio', { name: person.role }).check();
  await dialog.getByRole('button', { name: 'Create invitation' }).click();
  const link = await dialog.getByLabel('Invitation link').inputValue();
  await dialog.getByRole('button', { name: 'Done' }).click();
  return link;
}

/**
 * Opens the link in a fresh browser context, sets a password and waits for the role's home
 * (`home`, with its h1 `heading`). Returns the signed-in page; its context is the caller's to
 * close.
 */
export async function accept(
  browser: Browser,
  link: string,
  password: string,
  home: { path: string; heading: string },
  options: BrowserContextOptions = {},
): Promise<Page> {
  const page = await (await newUserContext(browser, options)).newPage();
  await page.goto(new URL(link).pathname + new URL(link).hash);
  await waitForText(page, 'Choose a password to finish');
  await field(page, 'Choose a password').fill(password);
  await field(page, 'Repeat the password').fill(password);
  await page.getByRole('button', { name: 'Join and sign in' }).click();
  await waitForPath(page, home.path);
  await waitForHeading(page, home.heading);
  return page;
}
