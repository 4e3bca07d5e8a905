import { readdirSync, readFileSync } from 'node:fs';

/** A process found in /proc. */
export interface ProcessInfo {
  readonly pid: number;
  readonly parent: number;
  /** `R`, `S`, `Z` (zombie: exited, not yet reaped)… */
  readonly state: string;
  readonly command: string;
}

function readProcess(pid: number): ProcessInfo | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // `pid (comm) state ppid …`; comm may hold spaces and parentheses.
    const close = stat.lastIndexOf(')');
    const [state = '', parent = '0'] = stat.slice(close + 2).split(' ');
    const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
    return { pid, parent: Number(parent), state, command };
  } catch {
    return undefined;
  }
}

/** Every descendant of `root` alive now (Linux /proc). */
export function descendants(root: number): ProcessInfo[] {
  const all = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readProcess(Number(name)))
    .filter((info): info is ProcessInfo => info !== undefined);
  const found: ProcessInfo[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const parent = queue.shift();
    for (const info of all.filter((p) => p.parent === parent)) {
      found.push(info);
      queue.push(info.pid);
    }
  }
  return found;
}

/**
 * Whether the process seen earlier is still running: same pid and command
 * line (a reused pid is another process), and not a zombie (exited, not reaped).
 */
export function isRunning(process: ProcessInfo): boolean {
  const now = readProcess(process.pid);
  return now !== undefined && now.state !== 'Z' && now.command === process.command;
}
