import { InvalidInputError, type SubscriptionCapacityReport } from '@treatywatch/core';
import type { Assessment, IsoDate, TreatyEvent } from '@treatywatch/rules';
import { assessState, retractedEventIds, sortEvents, todayUtc } from '@treatywatch/rules';
import type { Command } from 'commander';
import { createColors } from 'picocolors';
import type { ApiClient } from '../client/ApiClient.js';
import { type ApiOptionValues, addApiOption, apiClientFor } from '../client/apiClientOption.js';
import type { StateStatusResponse, StatusResponse } from '../client/apiResponses.js';
import { colorEnabled } from '../colorEnabled.js';
import { parseAsOf } from '../parseAsOf.js';
import { toAssessRecord } from './assessRecord.js';
import { formatAssessTable } from './assessTable.js';
import { formatSubscriptionCapacity } from './subscriptionCapacityTable.js';

interface StatusOptions extends ApiOptionValues {
  readonly asOf?: string;
  readonly json?: boolean;
  readonly subscriptions?: boolean;
}

/**
 * Registers `treatywatch status [STATE] [--as-of DATE] [--json] [--api URL]`
 * and `treatywatch status --subscriptions [--json]`:
 * the stored assessments of every state (`GET /status`) or of one state with
 * its timeline of facts (`GET /status/{state}`). With `--as-of`, the states'
 * events are fetched and assessed for that day with the rules package, as the
 * server would. `--json` prints the same records as `assess --json`.
 * `--subscriptions` shows the operator's view instead: subscription capacity
 * by alert-topic shard (signed `GET /operator/subscriptions`).
 */
export function registerStatus(program: Command): Command {
  const command = program
    .command('status')
    .description("print states' statuses towards each treaty, from the API")
    .argument('[state]', 'ISO 3166-1 alpha-2 code of one state, with its timeline of facts')
    .option('--as-of <date>', 'assess as of this day, YYYY-MM-DD (default: the stored assessments)')
    .option(
      '--json',
      'print a JSON array of {state, treaty, status, since, effectiveOn, nextReviewOn, explanation}',
    )
    .option(
      '--subscriptions',
      'for operators: filter policies per alert-topic shard against the quota, and subscriptions by protocol and status (signed; needs TREATYWATCH_WEBHOOK_SECRET)',
    );
  return addApiOption(command).action(async (state: string | undefined, options: StatusOptions) => {
    const client = apiClientFor(options);
    if (options.subscriptions) {
      if (state !== undefined || options.asOf !== undefined) {
        throw new InvalidInputError([
          { field: '--subscriptions', message: 'takes no state and no --as-of' },
        ]);
      }
      const report = await client.send<SubscriptionCapacityReport>({
        method: 'GET',
        path: '/operator/subscriptions',
        signed: true,
      });
      process.stdout.write(
        options.json
          ? `${JSON.stringify(report, null, 2)}\n`
          : formatSubscriptionCapacity(report, {
              color: colorEnabled(process.stdout, process.env),
            }),
      );
      return;
    }
    const asOf = options.asOf === undefined ? undefined : parseAsOf(options.asOf);
    const histories =
      state === undefined
        ? asOf === undefined
          ? []
          : await allHistories(client)
        : [await history(client, state.toUpperCase())];
    const assessments: readonly Assessment[] =
      asOf !== undefined
        ? histories.flatMap((h) => assessState(h.state, h.events, asOf))
        : state !== undefined
          ? (histories[0]?.assessments ?? [])
          : (await client.send<StatusResponse>({ method: 'GET', path: '/status' })).assessments;

    if (options.json) {
      process.stdout.write(`${JSON.stringify(assessments.map(toAssessRecord), null, 2)}\n`);
      return;
    }
    const color = colorEnabled(process.stdout, process.env);
    process.stdout.write(formatAssessTable(assessments, { asOf: asOf ?? todayUtc(), color }));
    const only = histories.length === 1 ? histories[0] : undefined;
    if (state !== undefined && only) process.stdout.write(formatTimeline(only.events, asOf, color));
  });
}

async function history(client: ApiClient, state: string): Promise<StateStatusResponse> {
  return client.send<StateStatusResponse>({
    method: 'GET',
    path: `/status/${encodeURIComponent(state)}`,
  });
}

async function allHistories(client: ApiClient): Promise<StateStatusResponse[]> {
  const { assessments } = await client.send<StatusResponse>({ method: 'GET', path: '/status' });
  const states = [...new Set(assessments.map((a) => a.state))].sort();
  const histories: StateStatusResponse[] = [];
  for (const state of states) histories.push(await history(client, state));
  return histories;
}

/**
 * One state's timeline of facts, one line per fact in date order. Facts
 * dated after `asOf` are marked, and so are the ones that no longer count,
 * as the rules resolve retractions up to `asOf` (today when absent): a
 * retraction that is itself retracted restores what it named.
 *
 * @example
 * formatTimeline(events, '2026-01-15', false); // '\nTimeline\n  2025-06-27  withdrawal-notified (apmbc)  https://…\n'
 */
export function formatTimeline(
  events: readonly TreatyEvent[],
  asOf: IsoDate | undefined,
  color: boolean,
): string {
  const c = createColors(color);
  if (events.length === 0) return '';
  const ordered = [...events];
  sortEvents(ordered);
  const day = asOf ?? todayUtc();
  const retracted = retractedEventIds(ordered.filter((event) => event.date <= day));
  const lines = ordered.map((event) => {
    const marks = [
      retracted.has(event.id) ? 'retracted' : null,
      asOf !== undefined && event.date > asOf ? `after ${asOf}` : null,
    ].filter((mark) => mark !== null);
    const text = `${event.date}  ${event.type}${event.treaty ? ` (${event.treaty})` : ''}${
      event.objector ? ` by ${event.objector}` : ''
    }  ${event.source}${marks.length > 0 ? `  [${marks.join(', ')}]` : ''}`;
    return `  ${marks.length > 0 ? c.dim(text) : text}`;
  });
  return `\n${c.bold('Timeline')}\n${lines.join('\n')}\n`;
}
