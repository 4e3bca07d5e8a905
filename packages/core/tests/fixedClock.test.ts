import { describe, expect, it } from 'vitest';
import { fixedClock } from '../src/index.js';

describe('fixedClock', () => {
  it('stands still at the instant it was given', () => {
    const clock = fixedClock('2026-01-28T23:30:00Z');
    expect(clock.now()).toBe('2026-01-28T23:30:00.000Z');
    expect(clock.today()).toBe('2026-01-28');
  });

  it('moves forward by days and milliseconds', () => {
    const clock = fixedClock('2026-01-28T23:30:00Z');
    clock.advance({ days: 1, milliseconds: 3_600_000 });
    expect(clock.now()).toBe('2026-01-30T00:30:00.000Z');
    expect(clock.today()).toBe('2026-01-30');
  });

  it('jumps to an instant it is set to', () => {
    const clock = fixedClock('2026-01-28T00:00:00Z');
    clock.set(new Date('2027-02-28T12:00:00Z'));
    expect(clock.today()).toBe('2027-02-28');
  });

  it('refuses something that is not an instant', () => {
    expect(() => fixedClock('tomorrow')).toThrow(RangeError);
  });
});
