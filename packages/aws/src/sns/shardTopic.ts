/**
 * The topic ARN of `shard` among `topicArns` (shard 0 first): a `RangeError`
 * for a shard that does not exist, so a misrouted call fails loudly.
 */
export function shardTopic(topicArns: readonly string[], shard: number): string {
  const topicArn = Number.isInteger(shard) ? topicArns[shard] : undefined;
  if (topicArn === undefined) {
    throw new RangeError(`no alert topic for shard ${shard}: there are ${topicArns.length}`);
  }
  return topicArn;
}

/** Checks a list of alert-topic ARNs: at least one, none empty, none twice. */
export function checkTopicArns(topicArns: readonly string[]): readonly string[] {
  if (topicArns.length === 0) throw new RangeError('at least one alert topic is needed');
  if (topicArns.some((arn) => arn.length === 0))
    throw new RangeError('an alert topic ARN is empty');
  if (new Set(topicArns).size !== topicArns.length) {
    throw new RangeError('an alert topic ARN is listed twice');
  }
  return [...topicArns];
}
