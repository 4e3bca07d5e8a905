import { EVENT_TYPES, type EventType } from './constants.js';

const CANONICAL = new Map<string, EventType>(EVENT_TYPES.map((type) => [type, type]));

/**
 * The catalog's own string for an event's type. Types read from JSON are
 * fresh strings that V8 does not intern (only short ones are), so every
 * comparison with a literal compares characters; the catalog's literals are
 * interned, and comparing two of them compares pointers. `assess` looks the
 * type up once per event and then switches, and stores its status, on the
 * canonical string. The value is always equal to `type`.
 *
 * @example
 * canonicalEventType(JSON.parse('"became-party"')); // 'became-party', interned
 */
export function canonicalEventType(type: EventType): EventType {
  return CANONICAL.get(type) ?? type;
}
