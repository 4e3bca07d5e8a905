/**
 * The path of one subscription's manage page (preferences, test alert,
 * unsubscribe), carrying its id and its manage token. Links sent before the
 * page existed lead to `/unsubscribe`, which still works.
 *
 * @example
 * manageLink('sub-1', 't0k') // '/manage?id=sub-1&token=t0k'
 */
export function manageLink(id: string, token: string): string {
  return `/manage?${new URLSearchParams({ id, token }).toString()}`;
}
