import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchSystemChromium } from './system-chromium';

const CLIENT_DIST = resolve(__dirname, '../../client/dist');

/** Runs in the page (whose DOM types this Node project does not load). */
const LARGEST_PAINT = `new Promise((done) => {
  new PerformanceObserver((list) => {
    const entries = list.getEntries();
    done(entries[entries.length - 1].startTime);
  }).observe({ type: 'largest-contentful-paint', buffered: true });
})`;

export interface InitialJs {
  files: Array<{ file: string; bytes: number; gzipBytes: number }>;
  gzipBytes: number;
}

/**
 * The JavaScript a first visit must download before the dashboard can run: the entry script
 * and the modules it preloads, as index.html names them (lazy chunks such as the charts come
 * later), each gzipped at level 9.
 */
export function initialJavaScript(): InitialJs {
  const html = readFileSync(resolve(CLIENT_DIST, 'index.html'), 'utf8');
  const sources = [
    ...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
  ].map((match) => match[1]);
  const files = [...new Set(sources)].map((file) => {
    const content = readFileSync(resolve(CLIENT_DIST, `.${file}`));
    return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
  });
  if (files.length === 0) throw new Error('No script in client/dist/index.html: build the client');
  return { files, gzipBytes: files.reduce((total, file) => total + file.gzipBytes, 0) };
}

/**
 * Largest Contentful Paint of the caseload page for a signed-in counselor, in Chromium with
 * an empty cache each time; the median of `visits` visits, in milliseconds.
 */
export async function caseloadLcp(url: string, cookie: string, visits: number): Promise<number[]> {
  const browser = await launchSystemChromium();
  try {
    const paints: number[] = [];
    for (let visit = 0; visit < visits; visit++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const [name, value] = cookie.split('=');
      await context.addCookies([{ name, value, url }]);
      const page = await context.newPage();
      await page.goto(`${url}/caseload`);
      // The caseload has arrived when its table has rows.
      await page.locator('table tbody tr').first().waitFor({ timeout: 30_000 });
      const lcp = await page.evaluate<number>(LARGEST_PAINT);
      paints.push(Math.round(lcp));
      await context.close();
    }
    return paints;
  } finally {
    await browser.close();
  }
}
