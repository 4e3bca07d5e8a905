import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StoredAssessment } from '@treatywatch/core';
import { launchChromium } from '@treatywatch/functions/testing/chromium';
import { statusLabel } from '@treatywatch/functions/web/status-label';
import { stateName } from '@treatywatch/rules';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSeedFile } from '../../src/defaultSeedFile.js';
import { type LocalStack, startLocalStack } from '../../src/startLocalStack.js';
import { confirmationLink } from '../helpers/confirmationLink.js';

/** Gitignored (`.vitest/`), kept after the run to look at. */
const SCREENSHOTS = fileURLToPath(new URL('../../.vitest/screenshots/', import.meta.url));

describe('web pages on the local stack in Chromium', () => {
  let workDir: string;
  let stack: LocalStack;
  let browser: Browser;

  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'treatywatch-web-'));
    await mkdir(SCREENSHOTS, { recursive: true });
    [stack, browser] = await Promise.all([
      startLocalStack({
        webhookSecret: 'web-pages-test-secret',
        dataDir: workDir,
        seedFile: defaultSeedFile(),
      }),
      launchChromium(),
    ]);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    if (workDir) await rm(workDir, { recursive: true, force: true });
  }, 60_000);

  async function openHome(width = 1280): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const response = await page.goto(`${stack.url}/`);
    expect(response?.status()).toBe(200);
    return page;
  }

  it('shows every assessment of the stack with its status in words', async () => {
    const api = await fetch(`${stack.url}/status`);
    const { assessments } = (await api.json()) as { assessments: StoredAssessment[] };
    expect(assessments.length).toBeGreaterThan(0);
    const page = await openHome();
    for (const a of assessments) {
      const card = page.locator(`#state-${a.state}`);
      await expect.poll(() => card.locator('h3').textContent()).toBe(stateName(a.state));
      expect(await card.textContent()).toContain(statusLabel(a.status));
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'home.png'), fullPage: true });
    await page.close();
  });

  it('serves a state page with its timeline of sourced facts to a browser', async () => {
    const page = await openHome();
    await page.getByRole('link', { name: 'Ukraine' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Ukraine');
    expect(await page.locator('.timeline > li').count()).toBeGreaterThan(0);
    expect(await page.locator('.timeline a[href^="https://"]').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'state-UA.png'), fullPage: true });
    await page.close();
  });

  it('subscribes by email from the form, and the emailed link confirms it', async () => {
    const page = await openHome(390);
    await page.getByLabel('Email', { exact: true }).check();
    await page.getByLabel('Email address or mobile number').fill('desk@ngo.example');
    await page.getByLabel('Ukraine').check();
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Check your inbox to confirm');
    expect(await page.getByRole('link', { name: /\/manage\?id=sub-/ }).count()).toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'subscribed.png'), fullPage: true });

    const link = await confirmationLink(stack.outboxDir, 'desk@ngo.example');
    const confirmed = await page.goto(link);
    expect(confirmed?.status()).toBe(200);
    expect(await page.locator('body').textContent()).toContain('Subscription confirmed');
    await page.close();
  });

  it('shows each bad field next to the form and keeps what was entered', async () => {
    const page = await openHome();
    await page.getByLabel('SMS').check();
    await page.getByLabel('Email address or mobile number').fill('0612 not a number');
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/subscriptions')),
      page.getByRole('button', { name: 'Subscribe' }).click(),
    ]);
    expect(response.status()).toBe(422);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Check your subscription');
    expect(await page.locator('#err-endpoint').textContent()).toContain('E.164');
    expect(await page.getByLabel('Email address or mobile number').inputValue()).toBe(
      '0612 not a number',
    );
    await page.close();
  });

  it('activates an SMS subscription with the code from sms.log, no JavaScript needed, and manages it through the manage link: preferences, a test alert, unsubscribe', async () => {
    // No JavaScript: the subscribe form and the code form are plain HTML forms.
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${stack.url}/`);
    await page.getByLabel('SMS').check();
    await page.getByLabel('Email address or mobile number').fill('+447700900123');
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Enter the code we sent by SMS');
    const log = await readFile(join(stack.outboxDir, 'sms.log'), 'utf8');
    const code = [...log.matchAll(/code: (\d{6})/g)].at(-1)?.[1] ?? '';
    await page.getByLabel('Code').fill(code);
    await page.getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Your subscription is active');
    await page.getByRole('link', { name: /\/manage\?id=sub-/ }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Your alert preferences');
    expect(await page.locator('dl.facts').textContent()).toContain('+4477******23');
    await page.getByLabel('Ukraine').check();
    await page.getByRole('button', { name: 'Save preferences' }).click();
    await expect
      .poll(() => page.locator('[role=status]').textContent())
      .toContain('Your preferences are saved.');
    expect(await page.getByLabel('Ukraine').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Send a test alert' }).click();
    await expect
      .poll(() => page.locator('[role=status]').textContent())
      .toContain('A test alert is on its way');
    await expect
      .poll(async () => (await readFile(join(stack.outboxDir, 'sms.log'), 'utf8')).split('\n'))
      .toContainEqual(expect.stringMatching(/\+4477\*+23 Treaty Watch TEST alert/));
    await page.getByRole('button', { name: 'Unsubscribe' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('You are unsubscribed');
    await page.close();
  });

  it('leaves JSON to the JSON route of the same path', async () => {
    const response = await fetch(`${stack.url}/status/UA`, { headers: { accept: '*/*' } });
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(((await response.json()) as { state: string }).state).toBe('UA');
  });

  it('answers a state with no facts with a page that says so', async () => {
    const response = await fetch(`${stack.url}/status/FR`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('No facts have been recorded for France.');
  });

  it('answers a code that is no state with a page that says so', async () => {
    const response = await fetch(`${stack.url}/status/ZZ`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(404);
    expect(await response.text()).toContain(
      '&quot;ZZ&quot; is not an ISO 3166-1 state code such as UA.',
    );
  });

  it('refuses to unsubscribe with a wrong token', async () => {
    const response = await fetch(`${stack.url}/unsubscribe`, {
      method: 'POST',
      headers: { accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'id=sub-000000000000000000000000&token=wrong',
    });
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('<h1>Subscription not found</h1>');
  });

  it('serves the Atom feed and the calendar with their media types', async () => {
    const feed = await fetch(`${stack.url}/feed.atom`);
    expect(feed.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(await feed.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    const calendar = await fetch(`${stack.url}/calendar.ics`);
    expect(calendar.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(await calendar.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);
  });
});
