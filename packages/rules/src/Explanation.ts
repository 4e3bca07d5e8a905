import type { IsoDate } from './types.js';

/** Sorts before every date: the opening sentence. */
const OPENING = '';
/** Sorts after every date: the closing sentences. */
const CLOSING = '~';
/** Above this many sentences of one day, repeats are found with a set rather than by looking back. */
const LOOK_BACK = 16;

/**
 * The sentences of one assessment's explanation as `assess` writes them:
 * an opening, dated sentences (each with the day it speaks of, followed by
 * any undated sentence that belongs to it) and closing sentences. Whatever
 * order the walk writes them in, {@link Explanation.lines} gives the dated
 * ones in date order (stable within a day) and no sentence twice
 * (docs/rules.md, Evaluation rule 9).
 *
 * The walk writes almost every sentence in date order, and a repeat can only
 * be of the same day, or an undated sentence that follows: so repeats are
 * dropped as sentences arrive, and the lines are sorted only when one
 * arrived out of order.
 */
export class Explanation {
  readonly dates: IsoDate[] = [OPENING];
  readonly texts: string[];
  /** The day last written, and where its sentences begin. */
  day: IsoDate = OPENING;
  dayStart = 0;
  /** The sentences of the day last written, once there are many of them. */
  seenToday: Set<string> | null = null;
  /** Undated sentences that follow a dated one, each said once. */
  followed: Set<string> | null = null;
  inOrder = true;

  constructor(opening: string) {
    this.texts = [opening];
  }

  /** A sentence about `date`. */
  dated(date: IsoDate, text: string): void {
    write(this, date, text);
  }

  /** A sentence that belongs to the last dated one (or closes, when there is none); said once. */
  follow(text: string): void {
    this.followed ??= new Set();
    if (this.followed.has(text)) return;
    this.followed.add(text);
    write(this, this.day === OPENING ? CLOSING : this.day, text);
  }

  /** A sentence after every dated one: where things stand. */
  close(text: string): void {
    write(this, CLOSING, text);
  }

  /** Every sentence, in order, each once. */
  lines(): string[] {
    return this.inOrder ? this.texts : reorder(this.dates, this.texts);
  }
}

function write(explanation: Explanation, date: IsoDate, text: string): void {
  const { texts } = explanation;
  if (date === explanation.day) {
    if (repeatsToday(explanation, text)) return;
  } else {
    if (date < explanation.day) explanation.inOrder = false;
    explanation.day = date;
    explanation.dayStart = texts.length;
    explanation.seenToday = null;
  }
  texts.push(text);
  explanation.dates.push(date);
}

/** Whether `text` was already written for the day last written; remembers it if not. */
function repeatsToday(explanation: Explanation, text: string): boolean {
  const { texts, dayStart } = explanation;
  if (explanation.seenToday !== null) {
    if (explanation.seenToday.has(text)) return true;
    explanation.seenToday.add(text);
    return false;
  }
  for (let i = dayStart; i < texts.length; i += 1) if (texts[i] === text) return true;
  if (texts.length - dayStart >= LOOK_BACK) {
    explanation.seenToday = new Set(texts.slice(dayStart));
    explanation.seenToday.add(text);
  }
  return false;
}

/**
 * The sentences sorted by date (stable), each once: for when one was written
 * out of order. Only sentences of one day can repeat each other here.
 */
function reorder(dates: readonly IsoDate[], texts: readonly string[]): string[] {
  const order = dates.map((_, i) => i);
  order.sort((a, b) => {
    const x = dates[a] as IsoDate;
    const y = dates[b] as IsoDate;
    return x < y ? -1 : x > y ? 1 : a - b;
  });
  const sorted = new Explanation('');
  for (const i of order) write(sorted, dates[i] as IsoDate, texts[i] as string);
  return sorted.texts.slice(1);
}
