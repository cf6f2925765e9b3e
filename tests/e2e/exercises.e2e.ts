import type { Page, Response } from 'playwright-core';
import {
  chromiumForSuite,
  PHONE,
  signedInPage,
  screenshot,
  waitForHeading,
  waitForPath,
  waitForText,
} from '../support/browser';
import { DEMO, DEMO_PASSWORD } from '../support/demo';

const browser = chromiumForSuite();

const EXERCISE = 'My support menu';
const COUPLE = 'Alex & Sam Morgan';
const COMMENT = 'Thank you, Alex. Let us look at the menu together on Thursday.';

/** Each person on their own device; clients on a phone. */
const signedIn = (email: string, phone = false) =>
  signedInPage(browser(), email, DEMO_PASSWORD, phone ? PHONE : {});

/** The newest assignment of EXERCISE on the couple page. */
const assignmentCard = (page: Page) => page.getByRole('article', { name: EXERCISE }).first();

function isOperation(response: Response, name: string): boolean {
  const body = response.request().postData() ?? '';
  return response.url().endsWith('/graphql') && body.includes(name);
}

test('a counselor assigns a weekly exercise; a partner drafts, submits once and shares; the counselor sees it live and comments', async () => {
  // The counselor opens the couple and assigns a weekly individual exercise to both.
  const counselor = await signedIn(DEMO.counselor.email);
  await waitForHeading(counselor, 'Caseload');
  await counselor.getByRole('link', { name: COUPLE }).click();
  await waitForHeading(counselor, COUPLE);
  await waitForText(counselor, 'Live');
  await counselor.getByRole('button', { name: 'Assign an exercise' }).click();
  const dialog = counselor.getByRole('dialog', { name: 'Assign an exercise' });
  await dialog.getByLabel('Find an exercise').fill('support menu');
  const exercise = dialog.getByRole('combobox', { name: /^Exercise/ });
  const option = exercise.locator('option', { hasText: EXERCISE });
  await option.waitFor({ state: 'attached' });
  await exercise.selectOption((await option.getAttribute('value'))!);
  await dialog.getByText('Weekly', { exact: true }).click();
  // Due in a week (the default), then weekly until three weeks later: three to-dos.
  const until = new Date(Date.now() + 22 * 86_400_000).toISOString().slice(0, 10);
  await dialog.getByLabel(/^Repeat until/).fill(until);
  await dialog.getByLabel('Note to the clients').fill('One small menu each. No right answers.');
  await dialog.getByRole('button', { name: 'Assign' }).click();
  await dialog.waitFor({ state: 'hidden' });
  const card = assignmentCard(counselor);
  await card.waitFor();
  // Each partner has not started any of the three yet.
  expect(await card.getByRole('row').count()).toBe(4);
  expect(await card.getByText('Not started').count()).toBe(6);
  await screenshot(counselor, 'counselor-assigned-weekly');

  // Alex, on a phone, opens it from the to-do list and starts a draft.
  const alex = await signedIn(DEMO.client.email, true);
  await waitForPath(alex, '/exercises');
  await alex.getByRole('link', { name: EXERCISE }).first().click();
  await waitForHeading(alex, EXERCISE);
  await waitForText(alex, 'One small menu each. No right answers.');
  await alex.getByRole('checkbox', { name: 'Being listened to, without advice' }).check();
  await alex
    .getByLabel(/What, however well meant, tends not to help/)
    .fill('Being told to cheer up.');
  await alex
    .getByRole('status')
    .filter({ hasText: /^Saved/ })
    .waitFor();
  await screenshot(alex, 'partner-draft-saved-phone');

  // The draft is on the server: a reload brings it back.
  await alex.reload();
  await waitForHeading(alex, EXERCISE);
  expect(
    await alex.getByRole('checkbox', { name: 'Being listened to, without advice' }).isChecked(),
  ).toBe(true);
  expect(await alex.getByLabel(/What, however well meant, tends not to help/).inputValue()).toBe(
    'Being told to cheer up.',
  );
  // The counselor's page shows the draft without a reload, but not its content.
  await card.getByText('Draft').waitFor();

  // Finishing and submitting twice quickly stores one submission.
  await alex.getByRole('radio', { name: '7' }).check();
  await alex.getByRole('radio', { name: 'Only me and my care team' }).check();
  const submits: Response[] = [];
  alex.on('response', (response) => {
    if (isOperation(response, 'submitExercise')) submits.push(response);
  });
  await alex.getByRole('button', { name: 'Submit' }).dblclick();
  await waitForText(alex, 'Comments from your care team');
  const ids = new Set<string>();
  for (const response of submits) {
    const body = await response.json();
    expect(body.errors).toBeUndefined();
    ids.add(body.data.submitExercise.id);
  }
  expect(submits.length).toBeGreaterThanOrEqual(1);
  expect(ids.size).toBe(1);
  await screenshot(alex, 'partner-submitted-phone');

  // The counselor sees it arrive live, in the assignments and at the top of the timeline.
  await card.getByText('Submitted').first().waitFor();
  await counselor
    .getByRole('region', { name: 'Timeline and session notes' })
    .getByRole('listitem')
    .first()
    .getByText(`Alex Morgan submitted “${EXERCISE}”`)
    .waitFor();
  await screenshot(counselor, 'counselor-sees-submission-live');

  // Sam cannot read Alex's answers while they are private.
  const sam = await signedIn(DEMO.partner.email, true);
  await waitForPath(sam, '/exercises');
  await waitForText(sam, 'Alex Morgan has submitted');
  await sam.getByRole('link', { name: EXERCISE }).first().click();
  await waitForHeading(sam, EXERCISE);
  expect(await sam.getByText('Being told to cheer up.').count()).toBe(0);

  // Alex shares with Sam; now Sam can read them.
  await alex.getByRole('radio', { name: 'My partner too' }).check();
  await waitForText(alex, 'Saved: My partner too.');
  await sam.reload();
  await waitForHeading(sam, EXERCISE);
  await waitForText(sam, 'Being told to cheer up.');
  await screenshot(sam, 'partner-reads-shared-answers');

  // The counselor reads the answers and comments; Alex sees the comment.
  await card
    .getByRole('button', { name: /^Read answers: Alex Morgan/ })
    .first()
    .click();
  const drawer = counselor.getByRole('dialog', { name: new RegExp(`Alex Morgan: ${EXERCISE}`) });
  await drawer.getByText('Being told to cheer up.').waitFor();
  await drawer.getByLabel('Add a comment').fill(COMMENT);
  await drawer.getByRole('button', { name: 'Send comment' }).click();
  await drawer.getByText(COMMENT).waitFor();
  await screenshot(counselor, 'counselor-comments');
  await alex.reload();
  await waitForText(alex, COMMENT);
  await screenshot(alex, 'partner-sees-comment');
  // Sam, reading Alex's shared answers, does not see the care team's comment to Alex.
  await sam.reload();
  await waitForText(sam, 'Being told to cheer up.');
  expect(await sam.getByText(COMMENT).count()).toBe(0);

  for (const page of [counselor, alex, sam]) await page.context().close();
});
