const XML_ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
};

function unescapeXml(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|apos);/g, (entity) => XML_ENTITIES[entity] ?? entity);
}

/**
 * When each of the latest alerts was published to SNS, from the stack's own
 * Atom feed (`GET /feed.atom`: the notification ledger's newest entries, each
 * with its SMS text as summary and `publishedAt` as published): SMS text →
 * epoch milliseconds.
 */
export async function publishedTimes(url: string): Promise<Map<string, number>> {
  const response = await fetch(`${url}/feed.atom`);
  if (!response.ok) throw new Error(`GET /feed.atom answered ${response.status}`);
  const feed = await response.text();
  const times = new Map<string, number>();
  for (const [, entry = ''] of feed.matchAll(/<entry>([\s\S]*?)<\/entry>/g)) {
    const published = /<published>([^<]+)<\/published>/.exec(entry)?.[1];
    const summary = /<summary[^>]*>([^<]*)<\/summary>/.exec(entry)?.[1];
    if (published !== undefined && summary !== undefined) {
      times.set(unescapeXml(summary), Date.parse(unescapeXml(published)));
    }
  }
  return times;
}
