/** The region every local service answers for. */
export const LOCAL_REGION = 'us-east-1';

/** Credentials the local services accept (they check the shape, never the secret). */
export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' } as const;

/** The oldest Java major version DynamoDB Local 3.x runs on. */
export const MINIMUM_JAVA_VERSION = 17;

/** How long a service may take to answer its first request. */
export const STARTUP_TIMEOUT_MS = 60_000;

/** How long a stopping process may take before it is killed outright. */
export const STOP_TIMEOUT_MS = 10_000;

/** The only address the local services listen on: nothing else on the network can reach them. */
export const LOOPBACK_HOST = '127.0.0.1';
