import { UnknownTreatyError } from './errors.js';
import { TREATIES } from './treaties.js';
import type { Treaty, TreatyId } from './types.js';

const BY_ID: ReadonlyMap<string, Treaty> = new Map(TREATIES.map((treaty) => [treaty.id, treaty]));

/**
 * The catalog entry of a canonical treaty id. Throws {@link UnknownTreatyError}
 * for an id outside the catalog (a programmer error: use `findTreaty` for input).
 */
export function getTreaty(id: TreatyId): Treaty {
  const treaty = BY_ID.get(id);
  if (treaty === undefined) throw new UnknownTreatyError(id);
  return treaty;
}
