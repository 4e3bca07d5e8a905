/** A running local service: where to reach it, and how to stop it. */
export interface LocalService {
  /** Base URL for SDK clients, e.g. `http://127.0.0.1:8123`. */
  readonly endpoint: string;
  readonly port: number;
  /** Stops the service and resolves once it is gone. */
  stop(): Promise<void>;
}
