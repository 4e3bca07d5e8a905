/**
 * Treaty Watch on one machine, with no AWS account: `startLocalStack` runs
 * DynamoDB Local and the SNS/SQS emulator, the deployed handlers behind stream
 * pollers, a sweep timer and a local HTTP API, and local subscribers whose
 * alerts land in an outbox.
 */

// Starting the stack can fail for want of Java: callers tell that apart without depending on the emulators.
export { JavaUnavailableError } from '@treatywatch/emulators';
export { DATA_DIR_LAYOUT, DEFAULT_LAYOUT, LOCAL_STACK } from './constants.js';
export { createDevLog, type DevLog, SILENT_LOG } from './DevLog.js';
export { defaultSeedFile } from './defaultSeedFile.js';
export { LocalStackError, SeedFileError } from './errors.js';
export { Progress, type ProgressStream, SILENT_STEPS, type StepReporter } from './Progress.js';
export type { SeedOutcome } from './seedOnce.js';
export { readStackFile, type StackDescription } from './stackFile.js';
export {
  type LocalStack,
  type LocalStackOptions,
  startLocalStack,
} from './startLocalStack.js';
export { SMS_LOG } from './subscribers/Outbox.js';
export type { LocalSubscriber } from './subscribers/SubscriberRegistry.js';
