import { createColors } from 'picocolors';

/** Where the local stack reports what it is doing (stderr in `treatywatch dev`). */
export interface DevLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/**
 * A `DevLog` writing one line per message to `stream`, prefixed with the time
 * and the component's name; colours only when `color` is true.
 */
export function createDevLog(
  stream: { write(text: string): unknown },
  options: { readonly color: boolean; readonly component?: string },
): DevLog {
  const colors = createColors(options.color);
  const prefix = (): string => {
    const time = new Date().toISOString().slice(11, 19);
    return colors.dim(`${time}${options.component ? ` ${options.component}` : ''}`);
  };
  return {
    info: (message) => stream.write(`${prefix()} ${message}\n`),
    warn: (message) => stream.write(`${prefix()} ${colors.yellow(message)}\n`),
    error: (message) => stream.write(`${prefix()} ${colors.red(message)}\n`),
  };
}

/** Writes nothing. */
export const SILENT_LOG: DevLog = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
