import type { StatusChange } from '@treatywatch/rules';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/errors.js';
import { evaluateState } from '../../src/evaluateState.js';
import { notifyChange } from '../../src/notifyChange.js';
import { recentChanges } from '../../src/recentChanges.js';
import { recordEvents } from '../../src/recordEvents.js';
import { inMemoryPorts } from '../../src/testing/index.js';
import { rawEvent } from '../helpers/sampleEvents.js';

async function threeAlertsOnThreeDays() {
  const ports = inMemoryPorts('2025-07-01T09:00:00Z');
  await recordEvents(ports, rawEvent.ltNotified);
  const [change] = (await evaluateState(ports, 'LT')).changes;
  if (change === undefined) throw new Error('no change');
  const ids: string[] = [];
  for (const n of [1, 2, 3]) {
    const next: StatusChange = { ...change, id: `${change.id}#${n}` };
    await notifyChange(ports, next);
    ids.push(next.id);
    ports.clock.advance({ days: 1 });
  }
  return { ports, ids };
}

describe('recentChanges', () => {
  it('lists the alerts that went out, newest first', async () => {
    const { ports, ids } = await threeAlertsOnThreeDays();
    const entries = await recentChanges(ports);
    expect(entries.map((e) => e.changeId)).toEqual([...ids].reverse());
  });

  it('lists at most the number asked for', async () => {
    const { ports, ids } = await threeAlertsOnThreeDays();
    expect((await recentChanges(ports, 2)).map((e) => e.changeId)).toEqual([ids[2], ids[1]]);
  });

  it.each([0, 1.5, 1_001, Number.NaN])('rejects %s as a limit, naming the field', async (limit) => {
    const error = await recentChanges(inMemoryPorts(), limit).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).issues.map((i) => i.field)).toEqual(['limit']);
  });
});
