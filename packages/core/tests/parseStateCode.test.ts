import { describe, expect, it } from 'vitest';
import { InvalidInputError, parseStateCode } from '../src/index.js';

describe('parseStateCode', () => {
  it.each([
    ['UA', 'UA'],
    ['ua', 'UA'],
    [' lt ', 'LT'],
  ])('reads %j as %j', (value, code) => {
    expect(parseStateCode(value)).toBe(code);
  });

  it.each([['Ukraine'], ['XX'], [''], [42], [null], [undefined]])(
    'refuses %j, quoting it as given',
    (value) => {
      expect(() => parseStateCode(value)).toThrow(
        new InvalidInputError([
          {
            field: 'state',
            message: `must be an ISO 3166-1 alpha-2 state code such as "UA", got ${JSON.stringify(value)}`,
          },
        ]),
      );
    },
  );

  it('names the field it is given', () => {
    const error = (() => {
      try {
        parseStateCode('??', 'objector');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).issues.map((i) => i.field)).toEqual(['objector']);
  });
});
