import { journey, chromiumForSuite, waitForHeading, waitForPath } from '../support/browser';
import { baseUrl } from '../support/paths';

const browser = chromiumForSuite();

describe('deep links into the dashboard', () => {
  test.each(['/caseload', '/couples/00000000-0000-4000-8000-000000000000'])(
    'GET %s answers with the app (index.html), not a 404',
    async (path) => {
      const response = await fetch(`${baseUrl()}${path}`, {
        headers: { accept: 'text/html' },
        signal: AbortSignal.timeout(10_000),
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/text\/html/);
      expect(await response.text()).toMatch(/<script[^>]*type="module"/);
    },
  );

  test('a fresh browser opening /caseload gets the app, which asks it to sign in', () =>
    journey(browser(), 'deep-link-caseload', async (page) => {
      const response = await page.goto('/caseload');
      expect(response?.status()).toBe(200);
      await waitForPath(page, '/sign-in');
      await waitForHeading(page, 'Sign in to Tandem', 'any');
    }));
});
