import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../src/index.js';

describe('isIsoDate', () => {
  it.each(['2025-06-27', '2028-02-29', '2000-02-29', '0001-01-01', '9999-12-31'])(
    'accepts %s',
    (value) => {
      expect(isIsoDate(value)).toBe(true);
    },
  );

  it.each([
    '2025-02-30',
    '2027-02-29',
    '1900-02-29',
    '2025-04-31',
    '2025-13-01',
    '2025-00-10',
    '2025-01-00',
    '2025-2-3',
    '2025-02-3',
    '25-02-03',
    '2025/02/03',
    '2025-02-03T00:00:00Z',
    ' 2025-02-03',
    '',
    '0000-01-01',
  ])('rejects %j', (value) => {
    expect(isIsoDate(value)).toBe(false);
  });
});
