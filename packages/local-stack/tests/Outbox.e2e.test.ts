import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SIGNATURE_HEADER, signRequest } from '@treatywatch/core';
import { getTreaty } from '@treatywatch/rules';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { type LocalStack, startLocalStack } from '../src/startLocalStack.js';
import { confirmationLink } from './helpers/confirmationLink.js';
import { type HttpsSink, startHttpsSink } from './helpers/startHttpsSink.js';
import { type ReceivedMail, type SmtpSink, startSmtpSink } from './helpers/startSmtpSink.js';

const SECRET = 'outbox-e2e-secret';
const START_DEADLINE_MS = 240_000;
const DELIVERY_DEADLINE_MS = 90_000;
// After the awaited delivery, how long the sinks are watched for a second copy.
const QUIET_MS = 2_000;
const EMAIL = 'alerts@example.org';
// Its first alert is refused by the SMTP server with a temporary failure.
const RETRY_EMAIL = 'retry@example.org';
const OTTAWA = getTreaty('apmbc').shortName;

/** The seed: one state neither subscriber follows. */
const SEED = [
  {
    state: 'EE',
    type: 'withdrawal-notified',
    treaty: 'apmbc',
    date: '2025-06-27',
    source: 'https://example.org/ee-notified',
  },
];

function header(mail: ReceivedMail, name: string): string | undefined {
  const head = mail.raw.split('\r\n\r\n')[0] ?? '';
  return new RegExp(`^${name}: (.*)$`, 'im').exec(head)?.[1]?.trim();
}

function body(mail: ReceivedMail): string {
  return mail.raw.slice(mail.raw.indexOf('\r\n\r\n') + 4);
}

function isAlert(mail: ReceivedMail): boolean {
  return header(mail, 'Subject') !== 'Treaty Watch: confirm your subscription';
}

async function emlFiles(outbox: string, to: string): Promise<string[]> {
  const names = (await readdir(outbox)).filter((name) => name.endsWith('.eml'));
  const texts = await Promise.all(names.map((name) => readFile(join(outbox, name), 'utf8')));
  return texts.filter((text) => text.includes(`\r\nTo: ${to}\r\n`));
}

async function post(api: string, path: string, payload: unknown, secret?: string) {
  const body = JSON.stringify(payload);
  const response = await fetch(`${api}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(secret === undefined ? {} : { [SIGNATURE_HEADER]: signRequest(body, secret) }),
    },
    body,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

function subscribe(api: string, protocol: 'email' | 'https', endpoint: string, state: string) {
  return post(api, '/subscriptions', { protocol, endpoint, states: [state] });
}

async function subscribeEmail(address: string, state: string, api: string, outbox: string) {
  expect(await subscribe(api, 'email', address, state)).toMatchObject({
    status: 202,
    body: { status: 'pending-confirmation' },
  });
  const link = await confirmationLink(outbox, address, DELIVERY_DEADLINE_MS);
  expect((await fetch(link)).status).toBe(200);
  return link;
}

async function announceWithdrawal(state: string, api: string) {
  const recorded = await post(
    api,
    '/events',
    {
      state,
      type: 'withdrawal-announced',
      treaty: 'ottawa',
      date: '2025-07-01',
      source: `https://example.org/${state.toLowerCase()}-announced`,
    },
    SECRET,
  );
  expect(recorded.status).toBe(201);
}

/** Waits until `probe` returns a value, and returns it. */
function waitFor<T>(probe: () => T | undefined | Promise<T | undefined>, what: string): Promise<T> {
  return vi.waitFor(
    async () => {
      const value = await probe();
      if (value === undefined) throw new Error(`still waiting for ${what}`);
      return value;
    },
    { timeout: DELIVERY_DEADLINE_MS, interval: 250 },
  );
}

describe('Outbox in the local stack', () => {
  let workDir: string;
  let smtp: SmtpSink;
  let https: HttpsSink;
  let stack: LocalStack;

  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'treatywatch-outbox-e2e-'));
    await writeFile(join(workDir, 'seed.json'), JSON.stringify(SEED));
    let refusedOnce = false;
    smtp = await startSmtpSink({
      refuse: (mail) => {
        const first = !refusedOnce && mail.to.includes(RETRY_EMAIL) && isAlert(mail);
        if (first) refusedOnce = true;
        return first;
      },
    });
    https = await startHttpsSink(inject('testCertificate'));
    stack = await startLocalStack({
      dataDir: join(workDir, 'data'),
      seedFile: join(workDir, 'seed.json'),
      sweepIntervalMs: 3_600_000,
      webhookSecret: SECRET,
      smtpUrl: smtp.url,
    });
  }, START_DEADLINE_MS + 10_000);

  afterAll(async () => {
    await stack?.stop();
    await smtp?.stop();
    await https?.stop();
    await rm(workDir, { recursive: true, force: true });
  }, 60_000);

  it(
    'sends the confirmation and then one alert naming the state by SMTP to a confirmed email subscriber',
    async () => {
      const link = await subscribeEmail(EMAIL, 'NZ', stack.url, stack.outboxDir);

      await announceWithdrawal('NZ', stack.url);

      const subject = `New Zealand: withdrawal from the ${OTTAWA} announced`;
      await waitFor(
        async () => smtp.received.find((mail) => header(mail, 'Subject') === subject),
        'the alert about New Zealand by SMTP',
      );
      await new Promise((resolve) => setTimeout(resolve, QUIET_MS));

      const [confirmation, alert, ...more] = smtp.received.filter((mail) =>
        mail.to.includes(EMAIL),
      );
      expect(more).toEqual([]);
      expect(confirmation).toMatchObject({ to: [EMAIL] });
      expect(header(confirmation as ReceivedMail, 'Subject')).toBe(
        'Treaty Watch: confirm your subscription',
      );
      expect(body(confirmation as ReceivedMail)).toContain(link);
      expect(alert).toMatchObject({ from: 'alerts@treatywatch.invalid', to: [EMAIL] });
      expect(header(alert as ReceivedMail, 'Subject')).toBe(subject);
      expect(header(alert as ReceivedMail, 'To')).toBe(EMAIL);
      expect(body(alert as ReceivedMail)).toMatch(/^New Zealand and the /);
      expect(body(alert as ReceivedMail)).toContain(
        'What changed: not assessed before -> withdrawal announced',
      );
    },
    DELIVERY_DEADLINE_MS * 2 + QUIET_MS,
  );

  it(
    'POSTs one JSON alert describing the change to an https subscriber',
    async () => {
      expect(await subscribe(stack.url, 'https', `${https.origin}/hook`, 'LT')).toMatchObject({
        status: 202,
        body: { status: 'pending-confirmation' },
      });

      await announceWithdrawal('LT', stack.url);

      await waitFor(
        async () => (https.received.length > 0 ? https.received : undefined),
        'the POST about Lithuania',
      );
      await new Promise((resolve) => setTimeout(resolve, QUIET_MS));

      expect(https.received).toHaveLength(1);
      const [post] = https.received;
      expect(post).toMatchObject({ method: 'POST', path: '/hook' });
      expect(post?.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(post?.headers['content-length']).toBe(String(Buffer.byteLength(post?.body ?? '')));
      expect(JSON.parse(post?.body ?? '')).toMatchObject({
        state: 'LT',
        treaty: 'apmbc',
        previousStatus: null,
        status: 'withdrawal-announced',
        since: '2025-07-01',
        sources: ['https://example.org/lt-announced'],
      });
    },
    DELIVERY_DEADLINE_MS + QUIET_MS + 30_000,
  );

  it(
    'writes one .eml file for an alert whose SMTP delivery is retried',
    async () => {
      const outbox = stack.outboxDir;
      await subscribeEmail(RETRY_EMAIL, 'AR', stack.url, outbox);

      await announceWithdrawal('AR', stack.url);

      // The refused message comes back once the queue's visibility timeout (10 s) has passed.
      await waitFor(
        async () => smtp.received.find((mail) => mail.to.includes(RETRY_EMAIL) && isAlert(mail)),
        'the retried alert about Argentina by SMTP',
      );
      await new Promise((resolve) => setTimeout(resolve, QUIET_MS));

      expect(
        smtp.received.filter((mail) => mail.to.includes(RETRY_EMAIL) && isAlert(mail)),
      ).toHaveLength(1);
      const files = await emlFiles(outbox, RETRY_EMAIL);
      expect(files.filter((text) => text.includes('\r\nSubject: Argentina: '))).toHaveLength(1);
    },
    DELIVERY_DEADLINE_MS * 2 + QUIET_MS,
  );
});
