import { gsm7Length, toGsm7 } from './gsm7.js';

/** The most an SMS alert may take, in GSM-7 septets. */
export const SMS_MAX_SEPTETS = 160;

/**
 * `text` in the GSM-7 alphabet, cut at a word with `...` when it is longer
 * than one SMS (160 septets).
 *
 * @example
 * smsFit('Poland, Ottawa Convention: withdrawal takes effect in 7 days.'); // unchanged
 */
export function smsFit(text: string): string {
  let out = toGsm7(text);
  while (gsm7Length(out) > SMS_MAX_SEPTETS) {
    out = `${[...out].slice(0, -4).join('').trimEnd()}...`;
  }
  return out;
}
