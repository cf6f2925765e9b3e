import type { Locator, Page } from 'playwright-core';
import {
  chromiumForSuite,
  newUserContext,
  screenshot,
  waitForHeading,
  waitForPath,
  waitForText,
} from '../support/browser';
import { DEMO, DEMO_PASSWORD } from '../support/demo';

/**
 * Keyboard-only journeys: after page.goto for the first address, every step is a key press
 * (Tab, Shift+Tab, Enter, Space, arrows) or typed text. No click() and no fill(): locators
 * are only read, to check where the focus is and what the page says.
 */

const browser = chromiumForSuite();

// A couple no other journey changes, so submitting its to-do disturbs no one.
const CLIENT = 'jordan.bennett@riverbend.example';
const COUPLE = 'Jordan & Casey Bennett';
const EXERCISE = 'Our weekly check-in';
const MAX_TABS = 120;

async function isFocused(target: Locator): Promise<boolean> {
  return target
    .evaluate((element) => element === document.activeElement, undefined, { timeout: 2_000 })
    .catch(() => false);
}

/** Whether `target` gets the focus within a few seconds (popovers move it after opening). */
async function receivesFocus(target: Locator): Promise<boolean> {
  const handle = await target.elementHandle({ timeout: 5_000 }).catch(() => null);
  if (!handle) return false;
  return handle
    .evaluate(
      (element) =>
        new Promise<boolean>((done) => {
          const deadline = Date.now() + 5_000;
          const check = () => {
            if (element === document.activeElement) done(true);
            else if (Date.now() > deadline) done(false);
            else setTimeout(check, 50);
          };
          check();
        }),
    )
    .catch(() => false);
}

/** Presses Tab (or Shift+Tab) until `target` has the focus; fails after MAX_TABS presses. */
async function tabTo(page: Page, target: Locator, what: string, backwards = false): Promise<void> {
  await target.waitFor({ state: 'attached' });
  for (let presses = 0; presses < MAX_TABS; presses++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  if (await isFocused(target)) return;
  const at = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 160));
  throw new Error(`${MAX_TABS} presses of Tab did not reach ${what}; the focus is on ${at}`);
}

/** The focused element shows a visible focus ring (an outline or a box shadow). */
async function expectVisibleFocus(page: Page, what: string): Promise<void> {
  const ring = await page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return null;
    const style = getComputedStyle(element);
    return {
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1,
      shadow: style.boxShadow !== 'none',
    };
  });
  if (!ring || !(ring.outline || ring.shadow)) {
    throw new Error(`${what} has the focus but no visible focus indicator`);
  }
}

async function signInByKeyboard(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in');
  await waitForHeading(page, 'Sign in to Tandem');
  await tabTo(page, page.getByLabel(/^Email/), 'the email field');
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  expect(await isFocused(page.getByLabel(/^Password/))).toBe(true);
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
}

/** The first Tab of a signed-in page reaches the skip link, which moves focus into the page. */
async function skipToMain(page: Page): Promise<void> {
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await tabTo(page, skip, 'the skip link');
  const box = await skip.boundingBox();
  expect(box && box.y >= 0).toBe(true); // shown on screen while focused
  await expectVisibleFocus(page, 'the skip link');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
}

test('a client signs in, opens a to-do, answers and submits it with the keyboard alone', async () => {
  const page = await (await newUserContext(browser())).newPage();
  await signInByKeyboard(page, CLIENT);
  await waitForPath(page, '/exercises');
  await waitForHeading(page, 'My exercises');
  await skipToMain(page);

  const todo = page.getByRole('link', { name: EXERCISE }).first();
  await tabTo(page, todo, `the to-do "${EXERCISE}"`);
  await expectVisibleFocus(page, 'the to-do link');
  await page.keyboard.press('Enter');
  await waitForHeading(page, EXERCISE);

  const wentWell = page.getByLabel(/^What went well between you this week\?/);
  await tabTo(page, wentWell, 'the first answer');
  await page.keyboard.press('Control+A'); // replaces a draft saved earlier, if any
  await page.keyboard.type('We cooked together twice and talked after.');
  const needMore = page.getByLabel(/^What does each of you need more of next week\?/);
  await tabTo(page, needMore, 'the second answer');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Time alone on Saturday mornings.');
  // Back to the first answer with Shift+Tab: the text typed there is kept.
  await tabTo(page, wentWell, 'the first answer again', true);
  expect(await wentWell.inputValue()).toBe('We cooked together twice and talked after.');
  await tabTo(page, needMore, 'the second answer again');

  // The radio group: Tab enters it (on the checked choice, if a draft has one), Space picks,
  // the arrows move the choice.
  const choices = ['Easy', 'Mixed', 'Hard'];
  const checked = page.locator('main input[type=radio]:checked');
  const entry = (await checked.count()) > 0 ? checked : page.getByRole('radio', { name: 'Easy' });
  await tabTo(page, entry, 'the choice of how it went');
  await expectVisibleFocus(page, 'a radio button');
  await page.keyboard.press('Space');
  const first = choices.indexOf(
    await entry.evaluate((input) => (input as HTMLInputElement).labels![0].textContent!),
  );
  await page.keyboard.press('ArrowDown');
  const next = choices[(first + 1) % choices.length];
  expect(await page.getByRole('radio', { name: next }).isChecked()).toBe(true);

  // The date and time, typed segment by segment in the browser's own field.
  const when = page.getByLabel(/^When will you check in next\?/);
  await tabTo(page, when, 'the date and time');
  // Month and day move on by themselves; the year (up to six digits) needs an arrow.
  await page.keyboard.type('12312030');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('0930A');
  expect(await when.inputValue()).toBe('2030-12-31T09:30');

  const submit = page.getByRole('button', { name: 'Submit' });
  await tabTo(page, submit, 'Submit');
  await expectVisibleFocus(page, 'the Submit button');
  await page.keyboard.press('Enter');
  // The form's "Submitted." lasts only until the to-do is read again; this is what stays.
  await waitForText(page, 'Submitted answers can no longer be changed');
  await screenshot(page, 'keyboard-client-submitted');
  await page.context().close();
});

test("a counselor reaches a couple's chart, its explanation and its table with the keyboard alone", async () => {
  const page = await (await newUserContext(browser())).newPage();
  await signInByKeyboard(page, DEMO.counselor.email);
  await waitForHeading(page, 'Caseload');
  await skipToMain(page);
  const couple = page.getByRole('link', { name: COUPLE });
  await tabTo(page, couple, `the couple "${COUPLE}"`);
  await expectVisibleFocus(page, 'the couple link');
  await page.keyboard.press('Enter');
  await waitForHeading(page, COUPLE);

  const progress = page.getByRole('region', { name: 'Progress' });
  await progress.getByRole('heading', { name: 'Interdependence index over time' }).waitFor();

  // The summary says, in words and numbers, where each partner stands.
  const summary = progress.getByRole('group', { name: /^Where each partner stands/ });
  const partners = ['Jordan Bennett', 'Casey Bennett'];
  expect(await summary.getByRole('article').count()).toBe(2);
  const cards: Record<string, string> = {};
  for (const name of partners) {
    const card = (cards[name] = await summary.getByRole('article', { name }).innerText());
    expect(card).toMatch(/Interdependence index: \d+(\.\d)? on \w{3} \d{1,2}, \d{4}/);
    // Change since the baseline and since the previous check-in, each with its status and RCI.
    expect(card).toMatch(/\(full form, version \d+\)/);
    for (const since of ['the baseline', 'the previous check-in']) {
      expect(card).toMatch(
        new RegExp(
          `(recovered|improved|unchanged|deteriorated|relapse)\\s*((Up|Down) \\d+(\\.\\d)? points?|No change) since ${since} \\(\\d+(\\.\\d)? on [^)]+\\)[^.]*\\. RCI −?\\d+\\.\\d\\d: `,
          'i',
        ),
      );
    }
  }
  expect(await summary.innerText()).toMatch(
    /Reliability used: (the instrument’s provisional default|the clinic’s own estimate) \((α|stratified α) = 0\.\d\d.*\)\. A change of \d+(\.\d)? points or more between two full check-ins is reliable \(RCI at or above 1\.96, or at or below −1\.96\)\./,
  );

  // The chart's explanation opens, takes the focus, and gives the focus back on Close.
  const explain = progress.getByRole('button', {
    name: 'What does the interdependence index chart mean?',
  });
  await tabTo(page, explain, "the chart's explanation button");
  await expectVisibleFocus(page, 'the explanation button');
  await page.keyboard.press('Enter');
  const popover = page.getByRole('dialog', { name: 'The interdependence index chart' });
  await popover.waitFor();
  const words = await popover.innerText();
  // It names the cut-off it uses among a, b and c, the reliability and the norms' status.
  expect(words).toMatch(/cut-off c = \d+(\.\d)? \(used; a = \d+(\.\d)?, b = \d+(\.\d)?\)/);
  expect(words).toMatch(/reliable change index .* at or above 1\.96, or at or below −1\.96/);
  expect(words).toMatch(
    /Reliability used: (the instrument’s provisional default|the clinic’s own estimate) \((α|stratified α) = 0\.\d\d/,
  );
  expect(words).toMatch(/norms are provisional/);
  await screenshot(page, 'keyboard-counselor-chart-explanation');
  // Focus moves into the popover, to its Close button.
  expect(await receivesFocus(popover.getByRole('button', { name: 'Close' }))).toBe(true);
  await page.keyboard.press('Enter');
  await popover.waitFor({ state: 'detached' });
  expect(await receivesFocus(explain)).toBe(true);

  // The table view: the button toggles it, and its scroll region takes the focus.
  const show = progress.getByRole('button', { name: 'Show as table' });
  await tabTo(page, show, 'Show as table', true);
  await page.keyboard.press('Enter');
  const table = progress.getByRole('table', { name: /^Scores of each check-in/ });
  await table.waitFor({ state: 'visible' });
  const region = progress.getByRole('region', { name: /^Scores of each check-in/ });
  await tabTo(page, region, 'the table');
  await expectVisibleFocus(page, 'the table region');
  const headers = await table.locator('thead th').allInnerTexts();
  expect(headers.slice(0, 4)).toEqual(['Date', 'Partner', 'Form, version', 'Index']);
  expect(headers).toContain('Codependence risk');
  // The latest full-form Index of each partner in the table is the one the summary states
  // (the table lists pulses too, each row naming its form).
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent ?? '')));
  expect(rows.length).toBeGreaterThan(4);
  for (const name of partners) {
    const mine = rows.filter((cells) => cells[1] === name && cells[2].startsWith('Full'));
    expect(mine.length).toBeGreaterThan(0);
    const latest = mine[mine.length - 1][3];
    expect(latest).toMatch(/^\d+(\.\d)?$/);
    expect(cards[name]).toContain(`Interdependence index: ${latest} on`);
  }
  await screenshot(page, 'keyboard-counselor-table');
  await page.context().close();
});
