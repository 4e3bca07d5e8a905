/** The header that carries a subscription's manage token on `DELETE /subscriptions/{id}`. */
export const MANAGE_TOKEN_HEADER = 'X-Manage-Token';
