import { RecordingNotifier } from '@treatywatch/core/testing';
import { changeMessages, gsm7Length, type StatusChange } from '@treatywatch/rules';
import { describe, expect, it } from 'vitest';
import { siteUrlFromEnvironment } from '../../src/environment/siteUrlFromEnvironment.js';
import { MissingEnvironmentError } from '../../src/errors.js';
import { withSmsLink } from '../../src/streams/withSmsLink.js';

const change: StatusChange = {
  id: 'PL#apmbc#withdrawal-pending>withdrawn@2026-02-20',
  state: 'PL',
  treaty: 'apmbc',
  previousStatus: 'withdrawal-pending',
  status: 'withdrawn',
  since: '2026-02-20',
  effectiveOn: '2026-02-20',
  explanation: ['Article 20(3).'],
  sources: ['https://example.org/pl'],
};

describe('withSmsLink', () => {
  it('ends the SMS with the short link to the state page and leaves the other texts alone', async () => {
    const inner = new RecordingNotifier({ shardCount: 3 });
    const messages = changeMessages(change);
    const linked = withSmsLink(inner, () => 'https://watch.example.org');
    expect(linked.shardCount).toBe(inner.shardCount);
    await linked.publish(0, change, messages);
    const [sent] = inner.published;
    expect(sent?.messages.sms).toBe(
      'Poland, Ottawa Convention: withdrawn (was: withdrawal pending). Effective 2026-02-20. https://watch.example.org/s/PL',
    );
    expect(gsm7Length(sent?.messages.sms ?? '')).toBeLessThanOrEqual(160);
    expect({ ...sent?.messages, sms: messages.sms }).toEqual(messages);
  });

  it('passes reminders through with their own texts, on the same shard', async () => {
    const inner = new RecordingNotifier({ shardCount: 2 });
    const reminder = {
      id: 'PL#apmbc#effective@2026-02-20#7d',
      state: 'PL',
      treaty: 'apmbc',
      effectiveOn: '2026-02-20',
      leadDays: 7,
    } as const;
    const messages = { subject: 's', email: 'e', sms: 'reminder text', default: '{}' };
    await withSmsLink(inner, () => 'https://watch.example.org').publishReminder(
      1,
      reminder,
      messages,
    );
    expect(inner.reminders).toEqual([
      expect.objectContaining({ shard: 1, message: reminder, messages }),
    ]);
  });

  it('publishes nothing when the site URL is wrong, so the publication can be retried', async () => {
    const inner = new RecordingNotifier();
    const failing = withSmsLink(inner, () => siteUrlFromEnvironment({}));
    await expect(failing.publish(0, change, changeMessages(change))).rejects.toBeInstanceOf(
      MissingEnvironmentError,
    );
    expect(inner.published).toEqual([]);
  });
});

describe('siteUrlFromEnvironment', () => {
  it('reads SITE_URL without its trailing slash', () => {
    expect(
      siteUrlFromEnvironment({ SITE_URL: 'https://abc123.execute-api.eu-west-1.amazonaws.com/' }),
    ).toBe('https://abc123.execute-api.eu-west-1.amazonaws.com');
  });

  it.each(['watch.example.org', 'https://watch.example.org/base', `https://${'a'.repeat(60)}.org`])(
    'refuses %j, naming SITE_URL',
    (SITE_URL) => {
      expect(() => siteUrlFromEnvironment({ SITE_URL })).toThrow(/^SITE_URL is not valid/);
    },
  );
});
