import { compareEvents, type TreatyEvent } from '@treatywatch/rules';
import type { AppendResult, EventStore } from '../ports.js';

/**
 * An `EventStore` in memory, for tests of the use cases: append-only, each id
 * stored once across all states (a second one, in the same call or a later
 * one, is a duplicate), a state's events in the rules' order.
 */
export class InMemoryEventStore implements EventStore {
  readonly #byId = new Map<string, TreatyEvent>();

  async append(events: readonly TreatyEvent[]): Promise<AppendResult> {
    const recorded: string[] = [];
    const duplicates: string[] = [];
    for (const event of events) {
      if (this.#byId.has(event.id)) {
        duplicates.push(event.id);
      } else {
        this.#byId.set(event.id, structuredClone(event));
        recorded.push(event.id);
      }
    }
    return { recorded, duplicates };
  }

  async listByState(state: string): Promise<TreatyEvent[]> {
    return [...this.#byId.values()]
      .filter((event) => event.state === state)
      .map((event) => structuredClone(event))
      .sort(compareEvents);
  }

  async statesOf(ids: readonly string[]): Promise<ReadonlyMap<string, string>> {
    const states = new Map<string, string>();
    for (const id of ids) {
      const event = this.#byId.get(id);
      if (event !== undefined) states.set(id, event.state);
    }
    return states;
  }

  async listStates(): Promise<string[]> {
    return [...new Set([...this.#byId.values()].map((event) => event.state))].sort();
  }
}
