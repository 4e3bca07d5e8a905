import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  gsm7Length,
  InvalidSiteUrlError,
  SMS_MAX_SEPTETS,
  STATUS_WORDS,
  STATUSES,
  smsLink,
  smsText,
  toGsm7,
} from '../src/index.js';

const LINK = 'https://watch.example.org/s/PL';

describe('smsText', () => {
  it('says state, treaty, new status, previous status and date, then the link', () => {
    expect(
      smsText({
        state: 'Poland',
        treaty: 'Ottawa Convention',
        status: 'withdrawal-pending',
        previousStatus: 'withdrawal-approved',
        effectiveOn: '2026-02-20',
        link: LINK,
      }),
    ).toBe(
      `Poland, Ottawa Convention: withdrawal pending (was: withdrawal approved). Effective 2026-02-20. ${LINK}`,
    );
  });

  it('drops the previous status, then the date, before it shortens a name', () => {
    const parts = {
      state: 'South Georgia & South Sandwich Islands',
      treaty: 'Convention on Cluster Munitions',
      status: 'withdrawal-suspended',
      previousStatus: 'withdrawal-suspended',
      effectiveOn: '2026-02-20',
      link: 'https://treatywatch.example.org/s/GS',
    } as const;
    const text = smsText(parts);
    expect(text).toBe(
      `South Georgia & South Sandwich Islands, Convention on Cluster Munitions: withdrawal suspended by armed conflict. ${parts.link}`,
    );
    expect(gsm7Length(text)).toBeLessThanOrEqual(160);
  });

  it('says the suspended status in fewer words before it shortens a name', () => {
    const text = smsText({
      state: 'South Georgia & South Sandwich Islands',
      treaty: 'Convention on Cluster Munitions',
      status: 'withdrawal-suspended',
      previousStatus: null,
      effectiveOn: null,
      link: `https://${'w'.repeat(48)}.org/s/GS`,
    });
    expect(text).toBe(
      `South Georgia & South Sandwich Islands, Convention on Cluster Munitions: withdrawal suspended. https://${'w'.repeat(48)}.org/s/GS`,
    );
    expect(gsm7Length(text)).toBe(160);
  });

  it('shortens long names, each keeping its start, and counts extension characters twice', () => {
    const text = smsText({
      state: `{${'Ä€'.repeat(80)}}`,
      treaty: `[${'x'.repeat(200)}]`,
      status: 'withdrawn',
      previousStatus: null,
      effectiveOn: null,
      link: LINK,
    });
    expect(gsm7Length(text)).toBeLessThanOrEqual(SMS_MAX_SEPTETS);
    expect(text).toMatch(
      /^\{Ä€Ä€.*\.\.\., \[xxx.*\.\.\.: withdrawn\. https:\/\/watch\.example\.org\/s\/PL$/,
    );
  });

  it('transliterates what GSM-7 lacks', () => {
    const text = smsText({
      state: 'Côte d’Ivoire',
      treaty: 'Ottawa Convention',
      status: 'party',
      previousStatus: 'withdrawn',
      effectiveOn: null,
      link: null,
    });
    expect(text).toBe("Cote d'Ivoire, Ottawa Convention: party (was: withdrawn).");
  });

  it('always fits one SMS and names the state, the treaty and the new status, ending with the link', () => {
    fc.assert(
      fc.property(
        fc.record({
          state: fc.string({ minLength: 1, maxLength: 300, unit: 'grapheme' }),
          treaty: fc.string({ minLength: 1, maxLength: 300, unit: 'grapheme' }),
          status: fc.constantFrom(...STATUSES),
          previousStatus: fc.option(fc.constantFrom(...STATUSES), { nil: null }),
          effectiveOn: fc.option(fc.constant('2026-02-20'), { nil: null }),
          link: fc.option(
            fc.stringMatching(/^[a-z0-9.-]{1,52}$/).map((host) => `https://${host}/s/UA`),
            { nil: null },
          ),
        }),
        (parts) => {
          const text = smsText(parts);
          expect(gsm7Length(text)).toBeLessThanOrEqual(SMS_MAX_SEPTETS);
          const state = toGsm7(parts.state).trim();
          const treaty = toGsm7(parts.treaty).trim();
          // Each name is whole, or cut to a start of at least 20 septets' worth.
          expect(text.startsWith([...state].slice(0, 10).join('').trimEnd())).toBe(true);
          expect(text).toContain(`, ${[...treaty].slice(0, 10).join('').trimEnd()}`);
          expect(text).toContain(
            `: ${STATUS_WORDS[parts.status].replace(/ by armed conflict$/, '')}`,
          );
          if (parts.link !== null) expect(text.endsWith(` ${parts.link}`)).toBe(true);
        },
      ),
    );
  });

  it('refuses a link too long to leave room', () => {
    expect(() =>
      smsText({
        state: 'Poland',
        treaty: 'Ottawa Convention',
        status: 'withdrawn',
        previousStatus: null,
        effectiveOn: null,
        link: `https://${'a'.repeat(80)}/s/PL`,
      }),
    ).toThrow(InvalidSiteUrlError);
  });
});

describe('smsLink', () => {
  it('links the short route of the state, without a double slash', () => {
    expect(smsLink('https://watch.example.org/', 'UA')).toBe('https://watch.example.org/s/UA');
    expect(smsLink('http://127.0.0.1:8787', 'NZ')).toBe('http://127.0.0.1:8787/s/NZ');
  });

  it.each([
    'watch.example.org',
    'ftp://watch.example.org',
    'https://watch.example.org/base',
    'https://user@watch.example.org',
    'https://watch.example.org?x=1',
    `https://${'a'.repeat(53)}.org`,
  ])('refuses %j', (siteUrl) => {
    expect(() => smsLink(siteUrl, 'UA')).toThrow(InvalidSiteUrlError);
  });
});
