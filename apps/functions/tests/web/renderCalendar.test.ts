import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { renderCalendar } from '../../src/web/renderCalendar.js';
import { ASSESSMENTS, storedAssessment } from './helpers/fixtures.js';

const ORIGIN = 'https://watch.example.org';
const NOW = '2025-12-01T12:00:00.000Z';

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
  const ics = renderCalendar({ assessments, origin: ORIGIN, now: NOW });

  it('parses as iCalendar with VERSION and PRODID', () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe(
      '-//Treaty Watch//Withdrawals taking effect//EN',
    );
  });

  it('has one all-day event per pending withdrawal, on its effective date', () => {
    const events = vevents(ics);
    expect(events).toHaveLength(2);
    for (const event of events) {
      expect(event.startDate.isDate).toBe(true);
      expect(event.startDate.toString()).toBe('2025-12-27');
    }
    expect(events.map((e) => e.summary).sort()).toEqual([
      'Latvia: withdrawal from the Ottawa Convention takes effect',
      'Lithuania: withdrawal from the Ottawa Convention takes effect',
    ]);
  });

  it('gives each event a UID stable per state, treaty and effective date, and a DTSTAMP', () => {
    const [first] = vevents(ics);
    expect(first?.uid).toBe('LT-apmbc-2025-12-27@treatywatch');
    expect(first?.component.getFirstPropertyValue('dtstamp')?.toString()).toBe(
      '2025-11-30T08:00:00Z',
    );
    expect(
      vevents(renderCalendar({ assessments, origin: ORIGIN, now: NOW })).map((e) => e.uid),
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

  it('follows the facts: an event moves when the effective date changes and goes when the withdrawal is no longer pending', () => {
    const moved = renderCalendar({
      assessments: [storedAssessment({ status: 'withdrawal-pending', effectiveOn: '2026-03-01' })],
      origin: ORIGIN,
      now: NOW,
    });
    expect(vevents(moved).map((e) => [e.uid, e.startDate.toString()])).toEqual([
      ['LT-apmbc-2026-03-01@treatywatch', '2026-03-01'],
    ]);
    const over = renderCalendar({
      assessments: [storedAssessment({ status: 'withdrawn', effectiveOn: '2026-03-01' })],
      origin: ORIGIN,
      now: NOW,
    });
    expect(vevents(over)).toHaveLength(0);
  });
});
