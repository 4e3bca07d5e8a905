import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium, as CI installs it. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Headless Chromium with the flags CI runs it with. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
