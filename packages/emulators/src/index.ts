export type { AnsweredRequest } from './AnsweredRequest.js';
export { LOCAL_CREDENTIALS, LOCAL_REGION, MINIMUM_JAVA_VERSION } from './constants.js';
export { EmulatorError, EmulatorStartError, JavaUnavailableError } from './errors.js';
export { freePort } from './freePort.js';
export type { LocalService } from './LocalService.js';
export { javaMajorVersion, requireJava } from './requireJava.js';
export type { SnsEmulator } from './SnsEmulator.js';
export { type DynamoDBLocalOptions, startDynamoDBLocal } from './startDynamoDBLocal.js';
export { type SnsEmulatorOptions, startSnsEmulator } from './startSnsEmulator.js';
