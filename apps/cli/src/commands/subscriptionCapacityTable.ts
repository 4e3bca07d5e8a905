import type { SubscriptionCapacityReport } from '@treatywatch/core';
import { createColors } from 'picocolors';

/**
 * The operator's view of subscription capacity as a table: per shard, the
 * filter policies against the quota (full shards marked), and subscriptions
 * by protocol and by status; then the totals. It names no endpoint.
 */
export function formatSubscriptionCapacity(
  report: SubscriptionCapacityReport,
  options: { readonly color: boolean },
): string {
  const c = createColors(options.color);
  const header = ['shard', 'filter policies', 'email', 'sms', 'https', 'confirmed', 'pending'];
  const rows = report.shards.map((shard) => {
    const full = shard.full || shard.filterPolicies >= shard.quota;
    return [
      String(shard.shard),
      `${shard.filterPolicies}/${shard.quota}${full ? ' full' : ''}`,
      String(shard.subscriptions.email),
      String(shard.subscriptions.sms),
      String(shard.subscriptions.https),
      String(shard.channel.confirmed),
      String(shard.channel.pending),
    ];
  });
  const totals = [
    'all',
    `${report.filterPolicies.used}/${report.filterPolicies.capacity}`,
    String(report.byProtocol.email),
    String(report.byProtocol.sms),
    String(report.byProtocol.https),
    String(report.byStatus.confirmed),
    String(report.byStatus.pending),
  ];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...[...rows, totals].map((row) => row[column]?.length ?? 0)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  const body = rows.map((row) => (row[1]?.endsWith('full') ? c.yellow(line(row)) : line(row)));
  const room = report.filterPolicies.capacity - report.filterPolicies.used;
  const summary =
    report.fullShards === report.shardCount
      ? c.red(
          `Every shard is full: new subscriptions are refused (503). Raise alertTopicShards (and the SNS filter-policy quotas if needed) and deploy.`,
        )
      : `${room} subscription${room === 1 ? '' : 's'} more fit on ${report.shardCount - report.fullShards} of ${report.shardCount} shards.`;
  return `${[c.bold(line(header)), ...body, c.dim(line(totals)), '', summary].join('\n')}\n`;
}
