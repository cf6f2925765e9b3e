import type { Page } from 'playwright-core';
import {
  chromiumForSuite,
  newUserContext,
  screenshot,
  signIn,
  waitForHeading,
  waitForPath,
  waitForText,
} from '../support/browser';
import { DEMO, DEMO_PASSWORD } from '../support/demo';
import { accept, invite, type Invitee } from '../support/invitations';

const browser = chromiumForSuite();

const run = Date.now().toString(36);
const people = {
  counselor: {
    name: `Jo Counselor ${run}`,
    email: `jo.counselor.${run}@newclinic.example`,
    role: 'Counselor',
  },
  first: {
    name: `Ari Partner ${run}`,
    email: `ari.partner.${run}@newclinic.example`,
    role: 'Client',
  },
  second: {
    name: `Bo Partner ${run}`,
    email: `bo.partner.${run}@newclinic.example`,
    role: 'Client',
  },
} satisfies Record<string, Invitee>;
const PASSWORD = 'a long password for e2e';

async function signedIn(email: string, password = DEMO_PASSWORD): Promise<Page> {
  const page = await (await newUserContext(browser())).newPage();
  await signIn(page, email, password);
  return page;
}

/** Accepts in a browser of its own, which is closed once the role's home shows. */
async function acceptAndLeave(link: string, path: string, heading: string) {
  const page = await accept(browser(), link, PASSWORD, { path, heading });
  await page.context().close();
}

test('an admin invites a counselor and two clients, forms their couple, and the audit log shows it', async () => {
  const admin = await signedIn(DEMO.admin.email);
  await waitForPath(admin, '/admin');
  await admin.getByRole('link', { name: 'Accounts' }).click();
  await waitForHeading(admin, 'Accounts');

  const links = {
    counselor: await invite(admin, people.counselor),
    first: await invite(admin, people.first),
    second: await invite(admin, people.second),
  };
  await screenshot(admin, 'admin-accounts-with-invitations');

  await acceptAndLeave(links.counselor, '/caseload', 'Caseload');
  await acceptAndLeave(links.first, '/exercises', 'My exercises');
  await acceptAndLeave(links.second, '/exercises', 'My exercises');

  await admin.getByRole('link', { name: 'Couples' }).click();
  await waitForHeading(admin, 'Couples');
  await admin.getByRole('button', { name: 'Form a couple' }).click();
  const dialog = admin.getByRole('dialog', { name: 'Form a couple' });
  await dialog.getByLabel('Couple name').fill(`Ari & Bo ${run}`);
  await dialog
    .getByLabel('First partner')
    .selectOption({ label: `${people.first.name} (${people.first.email})` });
  await dialog
    .getByLabel('Second partner')
    .selectOption({ label: `${people.second.name} (${people.second.email})` });
  await dialog.getByRole('radio', { name: /Limited secrets/ }).check();
  await dialog.getByLabel('Primary counselor').selectOption({ label: people.counselor.name });
  await dialog.getByRole('button', { name: 'Form couple' }).click();
  await waitForHeading(admin, `Ari & Bo ${run}`);
  await waitForText(admin, people.counselor.name);
  const coupleUrl = new URL(admin.url()).pathname;
  // A second counselor joins the care team.
  await admin.getByRole('button', { name: 'Edit couple and care team' }).click();
  const edit = admin.getByRole('dialog', { name: 'Edit couple' });
  await edit.getByRole('checkbox', { name: 'Daniel Reyes' }).check();
  await edit.getByRole('button', { name: 'Save' }).click();
  await edit.waitFor({ state: 'hidden' });
  await waitForText(admin, 'Daniel Reyes');
  await screenshot(admin, 'admin-couple-page');

  // The new counselor sees the couple and opens it; another counselor does not.
  const counselor = await signedIn(people.counselor.email, PASSWORD);
  await waitForPath(counselor, '/caseload');
  await counselor.getByRole('link', { name: `Ari & Bo ${run}` }).click();
  await waitForHeading(counselor, `Ari & Bo ${run}`);
  await waitForText(counselor, 'Limited secrets');
  await screenshot(counselor, 'counselor-couple-page');

  const maya = await signedIn(DEMO.counselor.email);
  await waitForHeading(maya, 'Caseload');
  expect(await maya.getByText(`Ari & Bo ${run}`).count()).toBe(0);
  await maya.goto(coupleUrl);
  await waitForHeading(maya, 'Couple not found');
  await screenshot(maya, 'other-counselor-denied');

  // The partner sees the partner's name, the care team and the policy.
  const partner = await signedIn(people.first.email, PASSWORD);
  await waitForHeading(partner, 'My exercises');
  await waitForText(partner, people.second.name);
  await waitForText(partner, 'Confidentiality: Limited secrets');

  // Every step is in the audit log.
  await admin.getByRole('link', { name: 'Audit log' }).click();
  await waitForHeading(admin, 'Audit log');
  for (const action of ['invitation.create', 'invitation.accept', 'couple.create', 'couple.read']) {
    await waitForText(admin, action);
  }
  await admin.getByLabel('Action').fill('couple.read');
  await admin.getByText('invitation.create').first().waitFor({ state: 'hidden' });
  // Maya's attempt to open the couple is there, refused.
  await admin
    .getByRole('row', { name: /Maya Okafor.*couple\.read.*denied/i })
    .first()
    .waitFor();
  await admin.getByLabel('Person').selectOption({ label: people.counselor.name });
  await admin.getByText('Maya Okafor').first().waitFor({ state: 'hidden' });
  await admin
    .getByRole('row', { name: new RegExp(`${people.counselor.name}.*couple\\.read.*allowed`, 'i') })
    .first()
    .waitFor();
  await admin.getByLabel('Person').selectOption({ label: 'Anyone' });
  await screenshot(admin, 'admin-audit-log');

  for (const page of [admin, counselor, maya, partner]) await page.context().close();
});
