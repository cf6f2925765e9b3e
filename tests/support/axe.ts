import type { Page } from 'playwright-core';
import { screenshot } from './browser';

/** axe-core injected into the page: @axe-core/playwright needs Node 22 (see STACK.md). */
const AXE_SCRIPT = require.resolve('axe-core/axe.min.js');

/** The impacts that fail a page; minor and moderate ones are reported by axe but tolerated. */
const FAILING_IMPACTS = new Set(['serious', 'critical']);

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
  html: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA rules plus best practices) on the page as it is now,
 * dialogs and popovers included, and fails with one readable paragraph per serious or critical
 * violation: the rule, what to fix and the first elements that break it. The context must be
 * created with `bypassCSP: true`, or the page's CSP blocks the injected script.
 */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  // Colours are measured as drawn: a popover still fading in would read as low contrast.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ path: AXE_SCRIPT });
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } })
      .axe;
    const results = (await axe.run(document, {
      resultTypes: ['violations'],
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
    })) as { violations: unknown[] };
    return results.violations;
  })) as AxeViolation[];
  const failing = violations.filter((v) => FAILING_IMPACTS.has(v.impact ?? ''));
  if (failing.length === 0) return;
  const shot = await screenshot(page, `axe-${label}`).catch(() => '(no screenshot)');
  const report = failing.map((violation) => {
    const nodes = violation.nodes.slice(0, 5).map((node) => {
      const why = (node.failureSummary ?? '').split('\n').slice(1, 3).join(' ').trim();
      return `    - ${node.target.join(' ')}\n      ${node.html.slice(0, 160)}\n      ${why}`;
    });
    const more = violation.nodes.length > 5 ? [`    … and ${violation.nodes.length - 5} more`] : [];
    return [
      `  [${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})`,
      ...nodes,
      ...more,
    ].join('\n');
  });
  throw new Error(
    `${label}: ${failing.length} serious or critical accessibility violation(s) at ${page.url()}\n` +
      `${report.join('\n')}\nscreenshot: ${shot}`,
  );
}
