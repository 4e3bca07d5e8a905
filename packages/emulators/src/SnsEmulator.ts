import type { AnsweredRequest } from './AnsweredRequest.js';
import type { LocalService } from './LocalService.js';

/**
 * The running SNS/SQS emulator. Besides where to reach it, it tells its owner
 * what it answered: an owner that delivers from subscriber queues can wait for
 * a publish instead of polling every queue.
 */
export interface SnsEmulator extends LocalService {
  /**
   * Calls `listener` with the topic ARN after every successful `Publish` or
   * `PublishBatch`, once the message has been fanned out to the subscribed
   * queues (fauxqs fans out while answering, and the listener runs after the
   * answer is sent). Returns a function that removes the listener. A listener
   * that throws is ignored.
   */
  onPublish(listener: (topicArn: string) => void): () => void;
  /**
   * Calls `listener` after every request the emulator answered, e.g. to count
   * the requests a component makes. Returns a function that removes it. A
   * listener that throws is ignored.
   */
  onRequest(listener: (request: AnsweredRequest) => void): () => void;
}
