/**
 * The path that manages (unsubscribes) one subscription, carrying its id and
 * its manage token.
 *
 * @example
 * manageLink('sub-1', 't0k') // '/unsubscribe?id=sub-1&token=t0k'
 */
export function manageLink(id: string, token: string): string {
  return `/unsubscribe?${new URLSearchParams({ id, token }).toString()}`;
}
