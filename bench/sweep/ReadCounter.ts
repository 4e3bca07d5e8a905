import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** One Query or Scan page as DynamoDB answered it. */
export interface ReadPage {
  readonly command: string;
  readonly indexName: string | null;
  /** Items DynamoDB read to answer the page (before any filter). */
  readonly scannedCount: number;
  /** Items it returned. */
  readonly count: number;
  /** Read capacity units consumed, when the service reports them. */
  readonly capacityUnits: number | null;
}

interface PagedOutput {
  readonly ScannedCount?: number;
  readonly Count?: number;
  readonly ConsumedCapacity?: { readonly CapacityUnits?: number };
}

/**
 * Records every Query and Scan page a Document client receives, through a
 * middleware on the client: the adapters under test run unchanged, and the
 * items they read are counted from DynamoDB's own `ScannedCount` and
 * `ConsumedCapacity`.
 */
export class ReadCounter {
  readonly pages: ReadPage[] = [];

  constructor(client: DynamoDBDocumentClient) {
    client.middlewareStack.add(
      (next, context) => async (args) => {
        const result = await next(args);
        const command = String(context.commandName ?? '');
        if (command === 'QueryCommand' || command === 'ScanCommand') {
          const output = result.output as PagedOutput;
          const input = args.input as { IndexName?: string };
          this.pages.push({
            command,
            indexName: input.IndexName ?? null,
            scannedCount: output.ScannedCount ?? 0,
            count: output.Count ?? 0,
            capacityUnits: output.ConsumedCapacity?.CapacityUnits ?? null,
          });
        }
        return result;
      },
      { step: 'initialize', name: 'benchReadCounter' },
    );
  }

  /** Forgets what was recorded so far. */
  reset(): void {
    this.pages.length = 0;
  }

  /** Totals over the pages recorded so far. */
  totals(): { pages: number; scanned: number; returned: number; capacityUnits: number | null } {
    let scanned = 0;
    let returned = 0;
    let capacityUnits: number | null = null;
    for (const page of this.pages) {
      scanned += page.scannedCount;
      returned += page.count;
      if (page.capacityUnits !== null) capacityUnits = (capacityUnits ?? 0) + page.capacityUnits;
    }
    return { pages: this.pages.length, scanned, returned, capacityUnits };
  }
}
