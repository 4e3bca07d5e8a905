import { getTreaty } from '@treatywatch/rules';
import { describe, expect, it } from 'vitest';
import { statusSentence } from '../../src/web/statusSentence.js';

const pending = {
  status: 'withdrawal-pending',
  since: '2025-08-20',
  effectiveOn: '2026-02-20',
} as const;

describe('statusSentence', () => {
  it.each([
    ['apmbc', 'the depositary'],
    ['npt', 'all other Parties to the Treaty and the United Nations Security Council'],
  ] as const)(
    'says that notice of a pending withdrawal from %s has reached %s',
    (treaty, noticeTo) => {
      const sentence = statusSentence(pending, 'Poland', getTreaty(treaty));
      expect(sentence).toBe(
        `Poland's notice of withdrawal has reached ${noticeTo}; under ${getTreaty(treaty).article} the withdrawal takes effect on 20 February 2026.`,
      );
    },
  );

  it('says for an NPT withdrawal that was only announced that no notice has reached the parties and the Security Council', () => {
    const sentence = statusSentence(
      { status: 'withdrawal-announced', since: '2025-01-01', effectiveOn: null },
      'Ruritania',
      getTreaty('npt'),
    );
    expect(sentence).toContain(
      'no notice of withdrawal has reached all other Parties to the Treaty and the United Nations Security Council yet',
    );
    expect(sentence).not.toContain('depositary');
  });

  it('says nothing for a party', () => {
    expect(
      statusSentence(
        { status: 'party', since: null, effectiveOn: null },
        'Poland',
        getTreaty('apmbc'),
      ),
    ).toBeNull();
  });
});
