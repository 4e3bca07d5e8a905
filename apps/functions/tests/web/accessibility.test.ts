import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHomePage } from '../../src/web/renderHomePage.js';
import { renderManagePage } from '../../src/web/renderManagePage.js';
import { renderNotFoundPage } from '../../src/web/renderNotFoundPage.js';
import { renderRefusalPage } from '../../src/web/renderRefusalPage.js';
import { renderStatePage } from '../../src/web/renderStatePage.js';
import { renderSubscriptionErrorPage } from '../../src/web/renderSubscriptionErrorPage.js';
import { renderSubscriptionResultPage } from '../../src/web/renderSubscriptionResultPage.js';
import { renderUnsubscribePage } from '../../src/web/renderUnsubscribePage.js';
import { renderVerificationPage } from '../../src/web/renderVerificationPage.js';
import { axeViolations } from './helpers/axeViolations.js';
import { AS_OF, ASSESSMENTS, treatyEvent } from './helpers/fixtures.js';
import { launchChromium } from './helpers/launchChromium.js';

const PAGES: readonly (readonly [string, string])[] = [
  ['home page', renderHomePage({ assessments: ASSESSMENTS, asOf: AS_OF })],
  [
    'state page',
    renderStatePage({
      state: 'LT',
      assessments: ASSESSMENTS.filter((a) => a.state === 'LT'),
      events: [
        treatyEvent({ id: 'a', note: 'Instrument received.' }),
        treatyEvent({ id: 'b', type: 'event-retracted', treaty: null, retracts: 'a' }),
      ],
      asOf: AS_OF,
    }),
  ],
  [
    'subscription error page',
    renderSubscriptionErrorPage({
      states: [{ value: 'LT', label: 'Lithuania' }],
      values: {
        protocol: 'sms',
        endpoint: '123',
        states: ['LT', 'NZ'],
        treaties: [],
        statuses: [],
      },
      errors: [
        { field: 'endpoint', message: 'must be a phone number in E.164 form' },
        { field: 'states', message: 'must be a state code' },
      ],
    }),
  ],
  [
    'subscription result page',
    renderSubscriptionResultPage({
      id: 'sub-1',
      status: 'pending-confirmation',
      manageToken: 'tok',
      protocol: 'email',
      origin: 'http://localhost',
    }),
  ],
  ['unsubscribe page', renderUnsubscribePage({ kind: 'confirm', id: 'sub-1', token: 'tok' })],
  ['not-found page', renderNotFoundPage('No facts have been recorded for ZZ.')],
  [
    'manage page',
    renderManagePage({
      kind: 'manage',
      preferences: {
        id: 'sub-1',
        protocol: 'email',
        endpointMasked: 'r***@example.org',
        status: 'active',
        filter: { states: ['LT'], statuses: ['withdrawn'] },
      },
      token: 'tok',
      states: [{ value: 'LT', label: 'Lithuania' }],
      notice: 'Your preferences are saved.',
    }),
  ],
  [
    'manage page with errors',
    renderManagePage({
      kind: 'manage',
      preferences: {
        id: 'sub-1',
        protocol: 'sms',
        endpointMasked: '+3706*****01',
        status: 'active',
        filter: {},
      },
      token: 'tok',
      states: [{ value: 'LT', label: 'Lithuania' }],
      problem: 'A test alert was sent less than an hour ago. Try again in about 12 minutes.',
      values: {
        states: ['XX'],
        treaties: [],
        statuses: [],
        reminders: '30, 400',
        cadence: 'daily',
      },
      errors: [{ field: 'states', message: 'Each state must be a state code' }],
    }),
  ],
  ['manage page for a wrong token', renderManagePage({ kind: 'forbidden' })],
  ['verification page', renderVerificationPage({ id: 'sub-1' })],
  [
    'verification page after a wrong code',
    renderVerificationPage({ id: 'sub-1', problem: 'The code is wrong.' }),
  ],
  [
    'refusal page',
    renderRefusalPage({
      heading: 'Too many subscription requests',
      explanation: 'Try again in about 5 minutes.',
    }),
  ],
];

describe('accessibility of the pages in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('reports an unlabelled field and unreadable text, so a clean result means something', async () => {
    const page = await browser.newPage();
    await page.setContent(
      '<!doctype html><html lang="en"><title>t</title><main><h1>t</h1><input type="text"><p style="color:#bbb;background:#fff">faint</p></main></html>',
    );
    const ids = (await axeViolations(page)).map((v) => v.id).sort();
    expect(ids).toEqual(['color-contrast', 'label']);
    await page.close();
  });

  it.each(PAGES)('the %s has no serious or critical axe violation', async (_, html) => {
    const page = await browser.newPage();
    await page.setContent(html);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it.each(PAGES)('the %s fits a phone screen without sideways scrolling', async (_, html) => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.setContent(html);
    const overflow = await page.evaluate<number>(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('shows a visible outline on the focused link', async () => {
    const page = await browser.newPage();
    const [, html] = PAGES[0] ?? ['', ''];
    await page.setContent(html);
    await page.keyboard.press('Tab');
    const outline = await page.evaluate<{ width: string; style: string }>(`(() => {
      const style = getComputedStyle(document.activeElement);
      return { width: style.outlineWidth, style: style.outlineStyle };
    })()`);
    expect(outline).toEqual({ width: '3px', style: 'solid' });
    await page.close();
  });
});
