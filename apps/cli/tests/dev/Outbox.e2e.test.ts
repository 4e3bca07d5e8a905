import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@treatywatch/emulators';
import { getTreaty } from '@treatywatch/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmationLink } from './helpers/confirmationLink.js';
import { runCli } from './helpers/runCli.js';
import { type DevProcess, startDevProcess } from './helpers/startDevProcess.js';
import { type HttpsSink, startHttpsSink } from './helpers/startHttpsSink.js';
import { type ReceivedMail, type SmtpSink, startSmtpSink } from './helpers/startSmtpSink.js';
import { waitFor } from './helpers/waitFor.js';

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

async function subscribeEmail(address: string, state: string, api: string, outbox: string) {
  const subscribed = await runCli(
    ['subscribe', '--email', address, '--state', state, '--json', '--api', api],
    SECRET,
  );
  expect(JSON.parse(subscribed.stdout)).toMatchObject({ status: 'pending-confirmation' });
  const link = await confirmationLink(outbox, address, DELIVERY_DEADLINE_MS);
  expect((await fetch(link)).status).toBe(200);
  return link;
}

function announceWithdrawal(state: string, api: string) {
  return runCli(
    [
      'event',
      'add',
      '--state',
      state,
      '--type',
      'withdrawal-announced',
      '--treaty',
      'ottawa',
      '--date',
      '2025-07-01',
      '--source',
      `https://example.org/${state.toLowerCase()}-announced`,
      '--api',
      api,
    ],
    SECRET,
  );
}

describe('Outbox in treatywatch dev', () => {
  let workDir: string;
  let smtp: SmtpSink;
  let https: HttpsSink;
  let dev: DevProcess;

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
    https = await startHttpsSink();
    dev = await startDevProcess(
      [
        '--port',
        String(await freePort()),
        '--data-dir',
        join(workDir, 'data'),
        '--seed',
        join(workDir, 'seed.json'),
        '--sweep-interval',
        '1h',
      ],
      {
        TREATYWATCH_WEBHOOK_SECRET: SECRET,
        TREATYWATCH_SMTP_URL: smtp.url,
        // Node's fetch trusts the sink's self-signed certificate through this, as it would a private CA's.
        NODE_EXTRA_CA_CERTS: https.certificatePath,
      },
      START_DEADLINE_MS,
    );
  }, START_DEADLINE_MS + 10_000);

  afterAll(async () => {
    await dev?.interrupt();
    await smtp?.stop();
    await https?.stop();
    await rm(workDir, { recursive: true, force: true });
  }, 60_000);

  it(
    'sends the confirmation and then one alert naming the state by SMTP to a confirmed email subscriber',
    async () => {
      const link = await subscribeEmail(EMAIL, 'NZ', dev.url, join(workDir, 'data', 'outbox'));

      await announceWithdrawal('NZ', dev.url);

      const subject = `New Zealand: withdrawal from the ${OTTAWA} announced`;
      await waitFor(
        async () => smtp.received.find((mail) => header(mail, 'Subject') === subject),
        DELIVERY_DEADLINE_MS,
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
      const subscribed = await runCli(
        [
          'subscribe',
          '--https',
          `${https.origin}/hook`,
          '--state',
          'LT',
          '--json',
          '--api',
          dev.url,
        ],
        SECRET,
      );
      expect(JSON.parse(subscribed.stdout)).toMatchObject({ status: 'pending-confirmation' });

      await announceWithdrawal('LT', dev.url);

      await waitFor(
        async () => (https.received.length > 0 ? https.received : undefined),
        DELIVERY_DEADLINE_MS,
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
      const outbox = join(workDir, 'data', 'outbox');
      await subscribeEmail(RETRY_EMAIL, 'AR', dev.url, outbox);

      await announceWithdrawal('AR', dev.url);

      // The refused message comes back once the queue's visibility timeout (10 s) has passed.
      await waitFor(
        async () => smtp.received.find((mail) => mail.to.includes(RETRY_EMAIL) && isAlert(mail)),
        DELIVERY_DEADLINE_MS,
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
