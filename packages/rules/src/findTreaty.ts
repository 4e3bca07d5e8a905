import { TREATIES } from './treaties.js';
import type { Treaty } from './types.js';

const BY_KEY: ReadonlyMap<string, Treaty> = new Map(
  TREATIES.flatMap((treaty) => [treaty.id, ...treaty.aliases].map((key) => [key, treaty] as const)),
);

/**
 * The treaty with this canonical id or alias, or `undefined`: a treaty that is
 * not in the catalog is never guessed. Matching is exact (lower case).
 *
 * @example
 * findTreaty('ottawa')?.id; // 'apmbc'
 * findTreaty('icc')?.id;    // 'rome-statute'
 * findTreaty('geneva');     // undefined
 */
export function findTreaty(idOrAlias: string): Treaty | undefined {
  return BY_KEY.get(idOrAlias);
}
