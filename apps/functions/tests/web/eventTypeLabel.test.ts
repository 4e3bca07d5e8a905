import { describe, expect, it } from 'vitest';
import { eventTypeLabel } from '../../src/web/eventTypeLabel.js';

describe('eventTypeLabel', () => {
  it.each([
    ['withdrawal-announced', 'Withdrawal announced'],
    ['withdrawal-approved', 'Withdrawal approved at home'],
    ['withdrawal-notified', 'Withdrawal notified to the depositary'],
    ['withdrawal-revoked', 'Withdrawal revoked'],
    ['suspension-declared', 'Suspension declared'],
    ['objection-lodged', 'Objection lodged'],
    ['became-party', 'Became a party'],
    ['armed-conflict-began', 'Armed conflict began'],
    ['armed-conflict-ended', 'Armed conflict ended'],
    ['event-retracted', 'Correction: an earlier fact retracted'],
  ] as const)('names %s "%s"', (type, label) => {
    expect(eventTypeLabel(type)).toBe(label);
  });
});
