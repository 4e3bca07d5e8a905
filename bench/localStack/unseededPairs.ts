import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STATE_CODES, TREATIES, type TreatyId } from '@treatywatch/rules';
import { createPrng } from '../stats/createPrng.js';

/** A state and a treaty. */
export interface StateTreaty {
  readonly state: string;
  readonly treaty: TreatyId;
}

/**
 * Every (state, treaty) pair of a state with no event in the seed file the
 * local stack starts with (`data/events.json`), shuffled by a seeded PRNG: an
 * event on such a pair gives it its first assessment, hence a status change
 * and an alert, whatever else the stack holds.
 */
export function unseededPairs(root: string, seed: number): StateTreaty[] {
  const seeded = new Set(
    (
      JSON.parse(readFileSync(join(root, 'data', 'events.json'), 'utf8')) as { state: string }[]
    ).map((event) => event.state),
  );
  const pairs: StateTreaty[] = [];
  for (const state of STATE_CODES) {
    if (seeded.has(state)) continue;
    for (const { id } of TREATIES) pairs.push({ state, treaty: id });
  }
  const prng = createPrng(seed);
  for (let i = pairs.length - 1; i > 0; i -= 1) {
    const j = prng.int(0, i);
    [pairs[i], pairs[j]] = [pairs[j] as StateTreaty, pairs[i] as StateTreaty];
  }
  return pairs;
}
