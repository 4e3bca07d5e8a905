/** A request the SNS/SQS emulator has answered. */
export interface AnsweredRequest {
  readonly method: string;
  /** The path, e.g. `/` for the SNS and SQS APIs or `/_fauxqs/queues`. */
  readonly path: string;
  /** The SNS or SQS action, e.g. `Publish` or `ReceiveMessage`; `undefined` for other routes. */
  readonly action: string | undefined;
  readonly statusCode: number;
}
