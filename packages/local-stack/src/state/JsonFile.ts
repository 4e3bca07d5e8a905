import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Read and write for the owner, nothing for anyone else. */
const OWNER_ONLY = 0o600;

/**
 * A JSON value the local stack keeps between runs: read once at construction,
 * written whole on every `write` (to a temporary file, then renamed, so a crash
 * never leaves half a file). Without a path it lives in memory only, for runs
 * with no `--data-dir`. The file is readable and writable by its owner alone
 * (0600): these files hold the subscription key and subscribers' endpoints.
 */
export class JsonFile<T> {
  readonly #path: string | undefined;
  #value: T;

  constructor(path: string | undefined, initial: T) {
    this.#path = path;
    this.#value = path === undefined ? initial : (readJson<T>(path) ?? initial);
  }

  /** The current value. */
  get value(): T {
    return this.#value;
  }

  /** Replaces the value and persists it. */
  write(value: T): void {
    this.#value = value;
    if (this.#path === undefined) return;
    mkdirSync(dirname(this.#path), { recursive: true });
    const temporary = `${this.#path}.${process.pid}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(value, null, 2)}\n`, { mode: OWNER_ONLY });
    renameSync(temporary, this.#path);
  }
}

function readJson<T>(path: string): T | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return JSON.parse(text) as T;
}
