import { readFileSync } from 'node:fs';

const LISTEN = '0A';

/** IPv4 as /proc writes it: one 32-bit word in host (little-endian) order. */
function ipv4(hex: string): string {
  const bytes = hex.match(/../g)?.map((b) => Number.parseInt(b, 16)) ?? [];
  return bytes.reverse().join('.');
}

/** IPv6 as /proc writes it: four 32-bit words, each in host order; v4-mapped addresses as `::ffff:a.b.c.d`. */
function ipv6(hex: string): string {
  const bytes = (hex.match(/.{8}/g) ?? []).flatMap((word) =>
    (word.match(/../g) ?? []).map((b) => Number.parseInt(b, 16)).reverse(),
  );
  if (bytes.slice(0, 10).every((b) => b === 0) && bytes[10] === 0xff && bytes[11] === 0xff) {
    return `::ffff:${bytes.slice(12).join('.')}`;
  }
  if (bytes.every((b) => b === 0)) return '::';
  if (bytes.slice(0, 15).every((b) => b === 0) && bytes[15] === 1) return '::1';
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2)
    groups.push((((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0)).toString(16));
  return groups.join(':');
}

/**
 * The addresses on which some process of this machine's network namespace
 * listens for TCP connections on `port`, read from /proc/net/tcp and tcp6
 * (Linux): `0.0.0.0` or `::` mean every interface.
 */
export function listeningAddresses(port: number): string[] {
  const found: string[] = [];
  for (const [file, decode] of [
    ['/proc/net/tcp', ipv4],
    ['/proc/net/tcp6', ipv6],
  ] as const) {
    for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (local === undefined || state !== LISTEN) continue;
      const [address, portHex] = local.split(':');
      if (address !== undefined && Number.parseInt(portHex ?? '', 16) === port)
        found.push(decode(address));
    }
  }
  return found;
}
