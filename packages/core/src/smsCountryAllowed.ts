/**
 * Whether a deployment sends SMS to `phoneNumber` (E.164): its allow-list
 * holds E.164 prefixes such as `+44` or `+1`, and an empty list allows all.
 *
 * @example
 * smsCountryAllowed('+447911123456', ['+44', '+353']); // true
 */
export function smsCountryAllowed(phoneNumber: string, allowList: readonly string[]): boolean {
  return allowList.length === 0 || allowList.some((prefix) => phoneNumber.startsWith(prefix));
}
