import { describe, expect, it } from 'vitest';
import { preferencesFormValues } from '../../src/web/preferencesFormValues.js';

describe('preferencesFormValues', () => {
  it('reads the filters, the reminders as days and the cadence', () => {
    const { values, preferences } = preferencesFormValues(
      'id=sub-1&token=t&states=UA&states=PL&statuses=withdrawn&reminders=30%2C+7+1&cadence=daily',
    );
    expect(preferences).toEqual({
      states: ['UA', 'PL'],
      treaties: [],
      statuses: ['withdrawn'],
      reminders: [30, 7, 1],
      cadence: 'daily',
    });
    expect(values.reminders).toBe('30, 7 1');
  });

  it('keeps what is not a number as text, for the use case to name, and defaults to immediate with no reminders', () => {
    expect(preferencesFormValues('reminders=30%2C+soon').preferences.reminders).toEqual([
      30,
      'soon',
    ]);
    expect(preferencesFormValues('').preferences).toMatchObject({
      reminders: [],
      cadence: 'immediate',
    });
  });

  it('turns an overlong reminders text into too many items, without splitting it', () => {
    const { preferences } = preferencesFormValues(`reminders=${'1,'.repeat(5_000)}`);
    expect((preferences.reminders as unknown[]).length).toBeGreaterThan(5);
  });
});
