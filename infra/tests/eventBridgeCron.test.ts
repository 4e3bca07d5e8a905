import { describe, expect, it } from 'vitest';
import { eventBridgeCron } from '../lib/eventBridgeCron.js';

describe('eventBridgeCron', () => {
  it.each([
    ['5 0 * * *', 'cron(5 0 * * ? *)'],
    ['0 9 * * MON-FRI', 'cron(0 9 ? * MON-FRI *)'],
    ['30 6 1 * *', 'cron(30 6 1 * ? *)'],
  ])('writes %s as %s', (cron, expected) => {
    expect(eventBridgeCron(cron)).toBe(expected);
  });

  it('refuses an expression without five fields', () => {
    expect(() => eventBridgeCron('0 5 0 * * *')).toThrow(/five-field/);
  });

  it('refuses numbered days of the week, which the two syntaxes count differently', () => {
    expect(() => eventBridgeCron('0 9 * * 1-5')).toThrow(/MON-FRI/);
  });
});
