import type { IsoDate } from './types.js';

/** Above this many sentences of one day, repeats are found with a set rather than by looking back. */
const LOOK_BACK = 16;

/**
 * The sentences of one assessment's explanation as `assess` writes them:
 * an opening, dated sentences (each with the day it speaks of, followed by
 * any undated sentence that belongs to it) and closing sentences. Whatever
 * order the walk writes them in, {@link Explanation.lines} gives the dated
 * ones in date order (stable within a day) and no sentence twice
 * (docs/rules.md, Evaluation rule 9).
 */
export class Explanation {
  readonly #dates: IsoDate[] = [];
  readonly #texts: string[] = [];
  readonly #closing: string[] = [];
  /** Undated sentences that follow a dated one: the only ones that can repeat across days. */
  #followed: Set<string> | null = null;

  constructor(readonly opening: string) {}

  /** A sentence about `date`. */
  dated(date: IsoDate, text: string): void {
    this.#dates.push(date);
    this.#texts.push(text);
  }

  /** A sentence that belongs to the last dated one (or closes, when there is none); said once. */
  follow(text: string): void {
    this.#followed ??= new Set();
    if (this.#followed.has(text)) return;
    this.#followed.add(text);
    const date = this.#dates.at(-1);
    if (date === undefined) this.#closing.push(text);
    else this.dated(date, text);
  }

  /** A sentence after every dated one: where things stand. */
  close(text: string): void {
    if (!this.#closing.includes(text)) this.#closing.push(text);
  }

  /** Every sentence, in order, each once. */
  lines(): string[] {
    const lines = [this.opening];
    const dates = this.#dates;
    const texts = this.#texts;
    let day = '';
    let dayStart = 1;
    let seenToday: Set<string> | null = null;
    const order = this.#dateOrder();
    for (let n = 0; n < dates.length; n += 1) {
      const i = order === null ? n : (order[n] as number);
      const date = dates[i] as IsoDate;
      const text = texts[i] as string;
      if (date !== day) {
        day = date;
        dayStart = lines.length;
        seenToday = null;
      } else if (repeats(lines, dayStart, text, seenToday)) {
        continue;
      } else if (lines.length - dayStart >= LOOK_BACK) {
        seenToday ??= new Set(lines.slice(dayStart));
        seenToday.add(text);
      }
      lines.push(text);
    }
    lines.push(...this.#closing);
    return lines;
  }

  /** Indices of the dated sentences in date order, stable within a day. */
  #dateOrder(): readonly number[] | null {
    const dates = this.#dates;
    if (isInOrder(dates)) return null;
    const order = dates.map((_, i) => i);
    return order.sort((a, b) => {
      const x = dates[a] as IsoDate;
      const y = dates[b] as IsoDate;
      return x < y ? -1 : x > y ? 1 : a - b;
    });
  }
}

/** Whether `text` is already among the lines of its day (from `dayStart`). */
function repeats(
  lines: readonly string[],
  dayStart: number,
  text: string,
  seen: Set<string> | null,
): boolean {
  if (seen !== null) return seen.has(text);
  for (let i = lines.length - 1; i >= dayStart; i -= 1) if (lines[i] === text) return true;
  return false;
}

function isInOrder(dates: readonly IsoDate[]): boolean {
  for (let i = 1; i < dates.length; i += 1)
    if ((dates[i - 1] as IsoDate) > (dates[i] as IsoDate)) return false;
  return true;
}
