/**
 * A standard five-field cron expression (minute, hour, day of month, month,
 * day of week) as an EventBridge Scheduler `cron()` expression: EventBridge
 * adds a year field and wants `?` in one of the two day fields.
 *
 * @example
 * eventBridgeCron('5 0 * * *') // 'cron(5 0 * * ? *)'
 * eventBridgeCron('0 9 * * MON-FRI') // 'cron(0 9 ? * MON-FRI *)'
 */
export function eventBridgeCron(cron: string): string {
  const fields = cron.trim().split(/\s+/);
  const [minute, hour, dayOfMonth, month, dayOfWeek] = fields;
  if (
    fields.length !== 5 ||
    minute === undefined ||
    hour === undefined ||
    dayOfMonth === undefined ||
    month === undefined ||
    dayOfWeek === undefined
  ) {
    throw new Error(`expected a five-field cron expression, got ${JSON.stringify(cron)}`);
  }
  // Standard cron days of the week run 0-6 from Sunday, EventBridge's 1-7: only `*` is carried as is.
  if (dayOfWeek !== '*' && !/^[A-Z]{3}([-,][A-Z]{3})*$/i.test(dayOfWeek)) {
    throw new Error(`name the days of the week (MON-FRI), not numbers, in ${JSON.stringify(cron)}`);
  }
  const [dom, dow] = dayOfWeek === '*' ? [dayOfMonth, '?'] : ['?', dayOfWeek];
  return `cron(${minute} ${hour} ${dom} ${month} ${dow} *)`;
}
