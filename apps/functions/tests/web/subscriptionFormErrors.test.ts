import { describe, expect, it } from 'vitest';
import { subscriptionFormErrors } from '../../src/web/subscriptionFormErrors.js';

describe('subscriptionFormErrors', () => {
  it('puts each issue next to its field, led by the field label', () => {
    expect(
      subscriptionFormErrors([
        { field: 'endpoint', message: 'is required' },
        {
          field: 'states[1]',
          message: 'must be an ISO 3166-1 alpha-2 state code such as "UA", got "ZZZ"',
        },
      ]),
    ).toEqual([
      { field: 'endpoint', message: 'Email address or mobile number is required' },
      {
        field: 'states',
        message: 'Each state must be an ISO 3166-1 alpha-2 state code such as "UA", got "ZZZ"',
      },
    ]);
  });

  it('keeps an issue about the whole request for the top of the form', () => {
    expect(
      subscriptionFormErrors([{ field: '(subscription)', message: 'must be an object' }]),
    ).toEqual([{ field: null, message: 'must be an object' }]);
  });
});
