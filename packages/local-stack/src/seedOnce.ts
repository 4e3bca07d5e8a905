import { type EventStore, recordEvents } from '@treatywatch/core';
import { MAX_EVENTS_PER_REQUEST } from '@treatywatch/core/constants';
import type { StepReporter } from './Progress.js';
import { readSeedFile } from './readSeedFile.js';
import { JsonFile } from './state/JsonFile.js';

/** What seeding did. */
export type SeedOutcome =
  | {
      readonly kind: 'seeded';
      readonly file: string;
      readonly recorded: number;
      readonly duplicates: number;
    }
  | { readonly kind: 'already-seeded'; readonly file: string; readonly at: string }
  | { readonly kind: 'no-seed-file' };

interface SeedMarker {
  readonly file: string;
  readonly at: string;
  readonly events: number;
}

/**
 * Records the seed file's events on the first start only: a marker under the
 * data directory says it was done, so events a curator retracted or the table's
 * later history are never overlaid by a second seeding. Without a data
 * directory (an in-memory table) every start is a first start.
 */
export async function seedOnce(options: {
  readonly events: EventStore;
  readonly file: string | undefined;
  readonly markerPath: string | undefined;
  readonly progress: StepReporter;
}): Promise<SeedOutcome> {
  const marker = new JsonFile<SeedMarker | null>(options.markerPath, null);
  if (marker.value !== null)
    return { kind: 'already-seeded', file: marker.value.file, at: marker.value.at };
  const file = options.file;
  if (file === undefined) return { kind: 'no-seed-file' };

  return options.progress.step(`Seeding events from ${file}`, async () => {
    const events = await readSeedFile(file);
    let recorded = 0;
    let duplicates = 0;
    for (let start = 0; start < events.length; start += MAX_EVENTS_PER_REQUEST) {
      const batch = events.slice(start, start + MAX_EVENTS_PER_REQUEST);
      const { results } = await recordEvents({ events: options.events }, batch);
      for (const result of results) {
        if (result.duplicate) duplicates += 1;
        else recorded += 1;
      }
    }
    marker.write({ file, at: new Date().toISOString(), events: events.length });
    return { kind: 'seeded', file, recorded, duplicates } as const;
  });
}
