import type { Page } from 'playwright-core';
import {
  chromiumForSuite,
  field,
  PHONE,
  screenshot,
  signedInPage,
  waitForHeading,
  waitForText,
} from '../support/browser';
import { DEMO, DEMO_PASSWORD } from '../support/demo';

const browser = chromiumForSuite();

const COUPLE = 'Alex & Sam Morgan';
const OTHER_COUNSELOR = 'priya.shah@riverbend.example';
const run = Date.now().toString(36);
const FIRST = `Talked through the weekend plan ${run}. Both **agreed** to keep Sunday free.`;
// Raw HTML and script links are typed by mistake or on purpose: they must never run.
const SECOND = `Talked through the weekend plan ${run}. Both agreed to keep Sunday free; Sam asked for Saturdays too. <b>raw</b> <img src="x" onerror="window.pwned=1"> [a link](javascript:window.pwned=1)`;

/** A GraphQL request from the page, with its cookie, as a curious user could send one. */
async function ask(page: Page, query: string, variables: Record<string, unknown>) {
  return page.evaluate(
    async ({ query, variables }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as {
        data?: unknown;
        errors?: Array<{ message: string; extensions?: { code?: string } }>;
      };
    },
    { query, variables },
  );
}

test('a counselor writes a session note, edits it and reads its history; nobody else can read it; the admin sees the reads', async () => {
  const counselor = await signedInPage(browser(), DEMO.counselor.email, DEMO_PASSWORD);
  await waitForHeading(counselor, 'Caseload');
  await counselor.getByRole('link', { name: COUPLE }).click();
  await waitForHeading(counselor, COUPLE);
  const coupleId = new URL(counselor.url()).pathname.split('/').at(-1)!;
  const timeline = counselor.getByRole('region', { name: 'Timeline and session notes' });

  // Write: the note appears in the timeline with its Markdown formatted.
  await timeline.getByRole('button', { name: 'Write a session note' }).click();
  const writeDialog = counselor.getByRole('dialog', { name: 'Write a session note' });
  await field(counselor, 'Note').fill(FIRST);
  await writeDialog.getByRole('button', { name: 'Save note' }).click();
  await writeDialog.waitFor({ state: 'hidden' });
  const note = timeline.getByRole('article').filter({ hasText: `weekend plan ${run}` });
  await note.getByText('agreed', { exact: true }).waitFor();
  expect(await note.locator('strong').innerText()).toBe('agreed');

  // The same counselor on a second device: its timeline follows every change without a reload.
  const elsewhere = await signedInPage(browser(), DEMO.counselor.email, DEMO_PASSWORD);
  await elsewhere.goto(`/couples/${coupleId}`);
  await waitForHeading(elsewhere, COUPLE);
  await waitForText(elsewhere, 'Live');
  const elsewhereNote = elsewhere
    .getByRole('region', { name: 'Timeline and session notes' })
    .getByRole('article')
    .filter({ hasText: `weekend plan ${run}` });
  await elsewhereNote.getByText('agreed', { exact: true }).waitFor();

  // Edit: a second version, named as such.
  await note.getByRole('button', { name: /^Edit/ }).click();
  const editDialog = counselor.getByRole('dialog', { name: 'Edit session note' });
  await field(counselor, 'Note').fill(SECOND);
  await editDialog.getByRole('button', { name: 'Save new version' }).click();
  await editDialog.waitFor({ state: 'hidden' });
  await note.getByText(/Sam asked for Saturdays too/).waitFor();
  await note.getByText(/edited by Maya Okafor/).waitFor();
  await elsewhereNote.getByText(/Sam asked for Saturdays too/).waitFor();
  await elsewhere.context().close();
  expect(await note.locator('b, img, script').count()).toBe(0);
  expect(await note.locator('a[href^="javascript"]').count()).toBe(0);
  expect(await counselor.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();

  // History: both versions, the latest first.
  await note.getByRole('button', { name: /^History \(2 versions\)/ }).click();
  const history = counselor.getByRole('dialog', { name: /^History of the session note/ });
  await history.getByRole('heading', { name: 'Version 2' }).waitFor();
  await history.getByRole('heading', { name: 'Version 1' }).waitFor();
  await history.getByText(/Sam asked for Saturdays too/).waitFor();
  await history.getByText(/keep Sunday free\.$/).waitFor();
  await screenshot(counselor, 'counselor-note-history');
  await counselor.keyboard.press('Escape');
  await history.waitFor({ state: 'hidden' });
  await note.scrollIntoViewIfNeeded();
  await screenshot(counselor, 'counselor-couple-timeline');

  const notes = (await ask(
    counselor,
    'query ($id: ID!) { sessionNotes(coupleId: $id) { items { id body sessionAt } } }',
    { id: coupleId },
  )) as {
    data: { sessionNotes: { items: Array<{ id: string; body: string; sessionAt: string }> } };
  };
  const saved = notes.data.sessionNotes.items.find((item) => item.body === SECOND)!;
  const noteId = saved.id;

  // Someone else on the care team saves while the counselor edits: her save is refused, with
  // a way to load the latest version, and nothing is overwritten.
  await note.getByRole('button', { name: /^Edit/ }).click();
  const staleDialog = counselor.getByRole('dialog', { name: 'Edit session note' });
  await field(counselor, 'Note').fill(`${SECOND} My later thoughts.`);
  const concurrent = await ask(
    counselor,
    'mutation ($id: ID!, $input: SessionNoteContentInput!) { editSessionNote(id: $id, expectedVersion: 2, input: $input) { version } }',
    { id: noteId, input: { body: `A colleague's version ${run}.`, sessionAt: saved.sessionAt } },
  );
  expect(concurrent.errors).toBeUndefined();
  await staleDialog.getByRole('button', { name: 'Save new version' }).click();
  await staleDialog
    .getByRole('alert')
    .getByText(/newer version/)
    .waitFor();
  await staleDialog.getByRole('button', { name: 'Close and load the latest version' }).click();
  await staleDialog.waitFor({ state: 'hidden' });
  const latest = timeline.getByRole('article').filter({ hasText: `A colleague's version ${run}` });
  await latest.getByRole('button', { name: /^History \(3 versions\)/ }).waitFor();
  expect(await timeline.getByText('My later thoughts.').count()).toBe(0);

  const read = 'query ($id: ID!) { sessionNote(id: $id) { body } }';

  // The client: nothing in the UI, and a direct request is refused.
  const client = await signedInPage(browser(), DEMO.client.email, DEMO_PASSWORD, PHONE);
  await waitForHeading(client, 'My exercises');
  await client.goto(`/couples/${coupleId}`);
  await client.waitForLoadState('networkidle');
  expect(await client.getByText(`weekend plan ${run}`).count()).toBe(0);
  expect(await client.getByRole('heading', { name: 'Timeline and session notes' }).count()).toBe(0);
  const asClient = await ask(client, read, { id: noteId });
  expect(asClient.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  expect(JSON.stringify(asClient)).not.toContain(run);

  // A counselor off the care team: the couple is not found, and so is the note.
  const other = await signedInPage(browser(), OTHER_COUNSELOR, DEMO_PASSWORD);
  await waitForHeading(other, 'Caseload');
  await other.goto(`/couples/${coupleId}`);
  await waitForHeading(other, 'Couple not found');
  expect(await other.getByText(`weekend plan ${run}`).count()).toBe(0);
  const asOther = await ask(other, read, { id: noteId });
  expect(asOther.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  expect(JSON.stringify(asOther)).not.toContain(run);

  // The admin is not on this care team: the couple page shows no notes, the audit log shows
  // the counselor's reads and writes and the refused attempt.
  const admin = await signedInPage(browser(), DEMO.admin.email, DEMO_PASSWORD);
  await waitForHeading(admin, 'Clinic overview');
  await admin.goto(`/couples/${coupleId}`);
  await waitForHeading(admin, COUPLE);
  await admin.waitForLoadState('networkidle');
  expect(await admin.getByRole('heading', { name: 'Timeline and session notes' }).count()).toBe(0);
  await admin.getByRole('link', { name: 'Audit log' }).click();
  await waitForHeading(admin, 'Audit log');
  await admin.getByLabel('Action').fill('note.');
  for (const action of ['note.create', 'note.update', 'note.history', 'note.list']) {
    await waitForText(admin, action);
  }
  await admin
    .getByRole('row', { name: /Maya Okafor.*note\.history.*allowed/i })
    .first()
    .waitFor();
  await admin
    .getByRole('row', { name: /Priya Shah.*note\.read.*denied/i })
    .first()
    .waitFor();
  await admin.getByLabel('Action').fill('timeline.read');
  await admin
    .getByRole('row', { name: /Maya Okafor.*timeline\.read.*allowed/i })
    .first()
    .waitFor();
  await screenshot(admin, 'admin-audit-note-reads');

  for (const page of [counselor, client, other, admin]) await page.context().close();
});

test('a counselor opens submitted answers from the timeline, read against their questions', async () => {
  const counselor = await signedInPage(browser(), DEMO.counselor.email, DEMO_PASSWORD);
  await waitForHeading(counselor, 'Caseload');
  await counselor.getByRole('link', { name: COUPLE }).click();
  await waitForHeading(counselor, COUPLE);
  const coupleId = new URL(counselor.url()).pathname.split('/').at(-1)!;
  const timeline = counselor.getByRole('region', { name: 'Timeline and session notes' });

  // What the newest submitted answers on the timeline say, asked of the API directly.
  const listed = (await ask(
    counselor,
    'query ($id: ID!) { coupleTimeline(coupleId: $id, limit: 25, offset: 0) { items { __typename ... on SubmissionTimelineEntry { id exerciseTitle } } } }',
    { id: coupleId },
  )) as {
    data: {
      coupleTimeline: { items: Array<{ __typename: string; id?: string; exerciseTitle?: string }> };
    };
  };
  const newest = listed.data.coupleTimeline.items.find(
    (item) => item.__typename === 'SubmissionTimelineEntry',
  )!;
  const opened = (await ask(
    counselor,
    'query ($id: ID!) { submission(id: $id) { answers { promptKey text } exercise { prompts { key label } } } }',
    { id: newest.id },
  )) as {
    data: {
      submission: {
        answers: Array<{ promptKey: string; text: string | null }>;
        exercise: { prompts: Array<{ key: string; label: string }> };
      };
    };
  };
  const { answers, exercise } = opened.data.submission;
  const written = answers.find((answer) => answer.text?.trim())!;
  const question = exercise.prompts.find((prompt) => prompt.key === written.promptKey)!;

  await timeline
    .getByRole('button', { name: /^Read answers/ })
    .first()
    .click();
  const drawer = counselor.getByRole('dialog', { name: new RegExp(newest.exerciseTitle!) });
  await drawer.getByText(question.label, { exact: true }).waitFor();
  await drawer.getByText(written.text!.trim().split('\n')[0]).first().waitFor();
  await drawer.getByRole('heading', { name: 'Comments' }).waitFor();
  await screenshot(counselor, 'counselor-timeline-answers');
  await counselor.keyboard.press('Escape');
  await drawer.waitFor({ state: 'hidden' });
  await counselor.context().close();
});
