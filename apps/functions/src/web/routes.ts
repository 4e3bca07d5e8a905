import type { Route } from '../http/Route.js';

/** HTML, Atom and iCalendar routes of the public API, composed after the JSON routes. */
export const webRoutes: Route[] = [];
