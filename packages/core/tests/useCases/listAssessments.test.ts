import { describe, expect, it } from 'vitest';
import { evaluateAll } from '../../src/evaluateAll.js';
import { listAssessments } from '../../src/listAssessments.js';
import { recordEvents } from '../../src/recordEvents.js';
import { inMemoryPorts } from '../../src/testing/index.js';
import { rawEvent } from '../helpers/sampleEvents.js';

describe('listAssessments', () => {
  it('answers every stored assessment, by state then treaty', async () => {
    const ports = inMemoryPorts('2025-07-01T00:00:00Z');
    await recordEvents(ports, [
      rawEvent.uaDecree,
      rawEvent.ltNotified,
      {
        state: 'LT',
        type: 'withdrawal-notified',
        treaty: 'ccm',
        date: '2025-03-06',
        source: 'https://example.org/lt-ccm',
      },
    ]);
    await evaluateAll(ports);
    expect((await listAssessments(ports)).map((a) => `${a.state} ${a.treaty}`)).toEqual([
      'LT apmbc',
      'LT ccm',
      'UA apmbc',
    ]);
  });

  it('answers an empty list when nothing is stored', async () => {
    expect(await listAssessments(inMemoryPorts())).toEqual([]);
  });
});
