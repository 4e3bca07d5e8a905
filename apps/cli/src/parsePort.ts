import { InvalidInputError } from '@treatywatch/core';

/**
 * Parses a TCP port option: an integer from 0 to 65535 (0 lets the system pick a free port).
 *
 * @throws {InvalidInputError} for anything else.
 */
export function parsePort(value: string, option: string): number {
  const port = /^\d{1,5}$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (!Number.isInteger(port) || port > 65_535) {
    throw new InvalidInputError([{ field: option, message: `not a port: ${value}` }], {
      message: `${option} must be a port number from 0 to 65535, got ${JSON.stringify(value)}`,
    });
  }
  return port;
}
