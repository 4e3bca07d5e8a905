import { describe, expect, it } from 'vitest';
import { subscriptionFormValues } from '../../src/web/subscriptionFormValues.js';

const FORM = 'application/x-www-form-urlencoded';

describe('subscriptionFormValues', () => {
  it('reads a form post with ticked checkboxes as repeated keys', () => {
    expect(
      subscriptionFormValues(
        'protocol=email&endpoint=desk%40ngo.example&states=UA&states=LT&treaties=apmbc&statuses=withdrawn',
        FORM,
      ),
    ).toEqual({
      protocol: 'email',
      endpoint: 'desk@ngo.example',
      states: ['UA', 'LT'],
      treaties: ['apmbc'],
      statuses: ['withdrawn'],
      reminders: '',
      cadence: '',
    });
  });

  it('reads a plus as a space and leaves absent filters empty', () => {
    expect(subscriptionFormValues('protocol=sms&endpoint=%2B447700900123+', FORM)).toEqual({
      protocol: 'sms',
      endpoint: '+447700900123 ',
      states: [],
      treaties: [],
      statuses: [],
      reminders: '',
      cadence: '',
    });
  });

  it('reads a JSON object when the body is JSON', () => {
    expect(
      subscriptionFormValues(
        JSON.stringify({ protocol: 'email', endpoint: 'a@b.example', states: ['UA'] }),
        'application/json',
      ),
    ).toEqual({
      protocol: 'email',
      endpoint: 'a@b.example',
      states: ['UA'],
      treaties: [],
      statuses: [],
      reminders: '',
      cadence: '',
    });
  });

  it('reads unreadable JSON as an empty form', () => {
    expect(subscriptionFormValues('{oops', 'application/json')).toEqual({
      protocol: '',
      endpoint: '',
      states: [],
      treaties: [],
      statuses: [],
      reminders: '',
      cadence: '',
    });
  });

  it('reads the reminders as typed and the cadence chosen, from a form or from JSON', () => {
    expect(
      subscriptionFormValues('protocol=sms&endpoint=x&reminders=30%2C+7%2C+1&cadence=daily', FORM),
    ).toMatchObject({ reminders: '30, 7, 1', cadence: 'daily' });
    expect(
      subscriptionFormValues(
        JSON.stringify({ protocol: 'sms', reminders: [30, 7], cadence: 'weekly' }),
        'application/json',
      ),
    ).toMatchObject({ reminders: '30, 7', cadence: 'weekly' });
  });
});
