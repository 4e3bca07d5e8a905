import type { Assessment, IsoDate, TreatyId } from '@treatywatch/rules';
import { dueOn } from '../dueOn.js';
import { VersionConflictError } from '../errors.js';
import type { AssessmentStore, StoredAssessment } from '../ports.js';

/**
 * An `AssessmentStore` in memory, for tests of the use cases. Writes are
 * conditional as in DynamoDB: version `expectedVersion + 1` only if the stored
 * version is still `expectedVersion` (0: nothing stored), else
 * `VersionConflictError`. `listDue` yields only assessments due (`dueOn`)
 * on or before the day, earliest first, as the sparse due index does.
 */
export class InMemoryAssessmentStore implements AssessmentStore {
  readonly #items = new Map<string, StoredAssessment>();

  async get(state: string, treaty: TreatyId): Promise<StoredAssessment | null> {
    const item = this.#items.get(keyOf(state, treaty));
    return item === undefined ? null : structuredClone(item);
  }

  async listByState(state: string): Promise<StoredAssessment[]> {
    return this.#sorted().filter((item) => item.state === state);
  }

  async listAll(): Promise<StoredAssessment[]> {
    return this.#sorted();
  }

  async put(
    assessment: Assessment,
    expectedVersion: number,
    evaluatedAt: string,
  ): Promise<StoredAssessment> {
    const key = keyOf(assessment.state, assessment.treaty);
    const current = this.#items.get(key)?.version ?? 0;
    if (current !== expectedVersion) throw new VersionConflictError(key, expectedVersion);
    const stored: StoredAssessment = {
      ...structuredClone(assessment),
      version: expectedVersion + 1,
      evaluatedAt,
    };
    this.#items.set(key, stored);
    return structuredClone(stored);
  }

  async *listDue(date: IsoDate): AsyncIterable<StoredAssessment> {
    const due = this.#sorted()
      .map((item) => ({ item, on: dueOn(item) }))
      .filter(({ on }) => on !== null && on <= date)
      .sort((a, b) => (a.on ?? '').localeCompare(b.on ?? ''));
    yield* due.map(({ item }) => item);
  }

  /** Copies of every item, by state then treaty (the table's key order). */
  #sorted(): StoredAssessment[] {
    return [...this.#items.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([, item]) => structuredClone(item));
  }
}

function keyOf(state: string, treaty: string): string {
  return `${state}#${treaty}`;
}
