import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium as root, headless, with nothing phoning home during a run. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Launches the system Chromium (CHROMIUM_PATH, default /usr/bin/chromium) for the benchmark's
 * paint figures and the e2e journeys alike; `npx playwright install` cannot work here.
 * playwright-core gives every launch a fresh temporary profile and deletes it on close.
 */
export function launchSystemChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: 60_000,
  });
}
