import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { renderCalendar } from '../../src/web/renderCalendar.js';
import { ASSESSMENTS, storedAssessment } from './helpers/fixtures.js';

const ORIGIN = 'https://watch.example.org';
const NOW = '2025-12-01T12:00:00.000Z';
const TODAY = '2025-12-01';

function vevents(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
}

describe('renderCalendar', () => {
  const assessments = [
    ...ASSESSMENTS,
    storedAssessment({
      state: 'LV',
      treaty: 'apmbc',
      status: 'withdrawal-pending',
      since: '2025-06-27',
      effectiveOn: '2025-12-27',
      explanation: [
        'Notified; six months; see Article 20(3), and a literal C:\\new, backslash and n.',
      ],
    }),
  ];
  const ics = renderCalendar({ assessments, origin: ORIGIN, now: NOW, today: TODAY });

  it('parses as iCalendar with VERSION and PRODID', () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe(
      '-//Treaty Watch//Withdrawals taking effect//EN',
    );
  });

  it('has one all-day event per effective date, past and upcoming, in date order', () => {
    const events = vevents(ics);
    expect(events.map((e) => [e.startDate.toString(), e.summary])).toEqual([
      ['2017-10-27', 'Burundi: withdrawal from the Rome Statute took effect'],
      ['2025-12-27', 'Lithuania: withdrawal from the Ottawa Convention takes effect'],
      ['2025-12-27', 'Latvia: withdrawal from the Ottawa Convention takes effect'],
    ]);
    expect(events.every((e) => e.startDate.isDate)).toBe(true);
  });

  it('describes each event with its explanation and sources, and links it to the state page', () => {
    const lithuania = vevents(ics).find((e) => e.uid.startsWith('LT-'));
    expect(lithuania?.description).toBe(
      [
        'Under Article 20(2) the withdrawal takes effect six months after receipt.',
        '',
        'Sources:',
        'https://treaties.un.org/doc/Publication/CN/2025/CN.254.2025-Eng.pdf',
      ].join('\n'),
    );
    expect(lithuania?.component.getFirstPropertyValue('url')).toBe(`${ORIGIN}/status/LT`);
  });

  it('is not empty when nothing is pending: withdrawals that took effect stay in it', () => {
    const past = renderCalendar({
      assessments: [
        storedAssessment({
          state: 'EE',
          status: 'withdrawn',
          since: '2025-12-27',
          effectiveOn: '2025-12-27',
        }),
      ],
      origin: ORIGIN,
      now: '2026-06-01T00:00:00.000Z',
      today: '2026-06-01',
    });
    expect(vevents(past).map((e) => [e.uid, e.summary])).toEqual([
      [
        'EE-apmbc-2025-12-27@treatywatch',
        'Estonia: withdrawal from the Ottawa Convention took effect',
      ],
    ]);
  });

  it('shows a withdrawal suspended by armed conflict once its date is known, not before', () => {
    const suspended = (effectiveOn: string | null) =>
      vevents(
        renderCalendar({
          assessments: [
            storedAssessment({ state: 'FI', status: 'withdrawal-suspended', effectiveOn }),
          ],
          origin: ORIGIN,
          now: NOW,
          today: TODAY,
        }),
      ).map((e) => e.startDate.toString());
    expect(suspended(null)).toEqual([]);
    expect(suspended('2026-04-01')).toEqual(['2026-04-01']);
  });

  it('keeps the UID when a pending withdrawal takes effect, so calendars update the event', () => {
    const before = vevents(
      renderCalendar({
        assessments: [
          storedAssessment({ status: 'withdrawal-pending', effectiveOn: '2025-12-27' }),
        ],
        origin: ORIGIN,
        now: NOW,
        today: TODAY,
      }),
    );
    const after = vevents(
      renderCalendar({
        assessments: [storedAssessment({ status: 'withdrawn', effectiveOn: '2025-12-27' })],
        origin: ORIGIN,
        now: '2025-12-28T00:10:00.000Z',
        today: '2025-12-28',
      }),
    );
    expect(after.map((e) => e.uid)).toEqual(before.map((e) => e.uid));
    expect(after[0]?.summary).toBe('Lithuania: withdrawal from the Ottawa Convention took effect');
  });

  it('gives each event a UID stable per state, treaty and effective date, and a DTSTAMP', () => {
    const first = vevents(ics).find((e) => e.uid.startsWith('LT-'));
    expect(first?.uid).toBe('LT-apmbc-2025-12-27@treatywatch');
    expect(first?.component.getFirstPropertyValue('dtstamp')?.toString()).toBe(
      '2025-11-30T08:00:00Z',
    );
    expect(
      vevents(renderCalendar({ assessments, origin: ORIGIN, now: NOW, today: TODAY })).map(
        (e) => e.uid,
      ),
    ).toEqual(vevents(ics).map((e) => e.uid));
  });

  it('round-trips commas, semicolons, backslashes and line breaks in text', () => {
    const latvia = vevents(ics).find((e) => e.uid.startsWith('LV-'));
    expect(latvia?.description).toBe(
      'Notified; six months; see Article 20(3), and a literal C:\\new, backslash and n.',
    );
  });

  it('ends every line with CRLF and folds none longer than 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    const lines = ics.split('\r\n').slice(0, -1);
    expect(lines.every((l) => !l.includes('\n') && Buffer.byteLength(l) <= 75)).toBe(true);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
  });

  it('follows the facts: an event moves when the effective date changes and goes when the withdrawal is revoked', () => {
    const moved = renderCalendar({
      assessments: [storedAssessment({ status: 'withdrawal-pending', effectiveOn: '2026-03-01' })],
      origin: ORIGIN,
      now: NOW,
      today: TODAY,
    });
    expect(vevents(moved).map((e) => [e.uid, e.startDate.toString()])).toEqual([
      ['LT-apmbc-2026-03-01@treatywatch', '2026-03-01'],
    ]);
    const revoked = renderCalendar({
      assessments: [storedAssessment({ status: 'party', since: '2026-01-05', effectiveOn: null })],
      origin: ORIGIN,
      now: NOW,
      today: TODAY,
    });
    expect(vevents(revoked)).toHaveLength(0);
  });

  it('adds a display reminder the given days before each upcoming event, and none to past ones', () => {
    const withAlarms = renderCalendar({
      assessments,
      origin: ORIGIN,
      now: NOW,
      today: TODAY,
      alarms: [30, 7, 1],
    });
    const events = vevents(withAlarms);
    const triggers = (uid: string) =>
      events
        .find((e) => e.uid === uid)
        ?.component.getAllSubcomponents('valarm')
        .map((alarm) => [
          alarm.getFirstPropertyValue('action'),
          alarm.getFirstPropertyValue('trigger')?.toString(),
          alarm.getFirstPropertyValue('description'),
        ]);
    expect(triggers('LT-apmbc-2025-12-27@treatywatch')).toEqual([
      [
        'DISPLAY',
        '-P30D',
        'In 30 days: Lithuania: withdrawal from the Ottawa Convention takes effect',
      ],
      [
        'DISPLAY',
        '-P7D',
        'In 7 days: Lithuania: withdrawal from the Ottawa Convention takes effect',
      ],
      [
        'DISPLAY',
        '-P1D',
        'In 1 day: Lithuania: withdrawal from the Ottawa Convention takes effect',
      ],
    ]);
    expect(triggers('BI-rome-statute-2017-10-27@treatywatch')).toEqual([]);
    expect(vevents(ics).flatMap((e) => e.component.getAllSubcomponents('valarm'))).toEqual([]);
  });
});
