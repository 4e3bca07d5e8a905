import { readFileSync } from 'node:fs';

/** `st` of a listening socket in /proc/net/tcp (TCP_LISTEN). */
const LISTEN = '0A';

/** An IPv4 address as /proc/net/tcp writes it: 8 hex digits, little-endian on x86 and arm64. */
function ipv4(hex: string): string {
  return [6, 4, 2, 0].map((at) => Number.parseInt(hex.slice(at, at + 2), 16)).join('.');
}

/** An IPv6 address as /proc/net/tcp6 writes it, in full: 32 hex digits, four little-endian words. */
function ipv6(hex: string): string {
  const words = [0, 8, 16, 24].map((at) =>
    ipv4(hex.slice(at, at + 8))
      .split('.')
      .map(Number),
  );
  const bytes = words.flat();
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) {
    groups.push((((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0)).toString(16));
  }
  return groups.join(':');
}

function listening(file: string, port: number, decode: (hex: string) => string): string[] {
  let table: string;
  try {
    table = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  return table
    .split('\n')
    .slice(1)
    .map((line) => line.trim().split(/\s+/))
    .filter(([, local, , state]) => state === LISTEN && local?.endsWith(`:${hexPort(port)}`))
    .map(([, local]) => decode((local ?? '').split(':')[0] ?? ''));
}

function hexPort(port: number): string {
  return port.toString(16).toUpperCase().padStart(4, '0');
}

/**
 * The local addresses of the sockets listening on TCP `port` on this machine,
 * read from Linux's /proc/net/tcp and /proc/net/tcp6: `['127.0.0.1']` for a
 * server bound to loopback only, `['0.0.0.0']` or `['0:0:0:0:0:0:0:0']` for one
 * reachable from every interface, `[]` when nothing listens.
 */
export function listeningAddresses(port: number): string[] {
  return [...listening('/proc/net/tcp', port, ipv4), ...listening('/proc/net/tcp6', port, ipv6)];
}
