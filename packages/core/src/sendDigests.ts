import {
  addDays,
  type Digest,
  digestMessages,
  type IsoDate,
  type UpcomingDate,
} from '@treatywatch/rules';
import { digestPeriods } from './digestPeriods.js';
import type { Clock, NotificationLedger, Notifier } from './ports.js';
import { publishOnEveryShard } from './publishOnEveryShard.js';

/**
 * Sends the digests whose period ended the day before `day` (`digestPeriods`:
 * daily, and weekly on Mondays). A digest lists every status change the
 * ledger records as published in its period, oldest first, and the
 * withdrawals pending (`upcoming`); a period with no change gets none. Each
 * goes out once per (cadence, period) on every shard, through the ledger.
 * Returns the digests published now on at least one shard.
 */
export async function sendDigests(
  deps: { notifier: Notifier; ledger: NotificationLedger; clock: Clock },
  day: IsoDate,
  upcoming: readonly UpcomingDate[],
): Promise<Digest[]> {
  const { notifier, ledger } = deps;
  const sent: Digest[] = [];
  for (const { cadence, from, to } of digestPeriods(day)) {
    const entries = await ledger.listBetween(
      `${from}T00:00:00.000Z`,
      `${addDays(to, 1)}T00:00:00.000Z`,
    );
    if (entries.length === 0) continue;
    const digest: Digest = {
      id: `digest#${cadence}#${from}`,
      cadence,
      from,
      to,
      changes: entries.map((entry) => entry.change),
      upcoming: [...upcoming],
    };
    const messages = digestMessages(digest);
    const { published } = await publishOnEveryShard(deps, digest.id, notifier.shardCount, (shard) =>
      notifier.publishDigest(shard, digest, messages),
    );
    if (published.length > 0) sent.push(digest);
  }
  return sent;
}
