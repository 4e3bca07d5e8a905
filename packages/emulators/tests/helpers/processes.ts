import { execFileSync } from 'node:child_process';

/** Command lines of running processes that mention `needle`. */
export function processesMentioning(needle: string): string[] {
  const out = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' });
  return out.split('\n').filter((line) => line.includes(needle) && !line.startsWith('ps '));
}

/** True when something accepts HTTP on `endpoint`. */
export async function answers(endpoint: string, init?: RequestInit): Promise<boolean> {
  try {
    await fetch(endpoint, { ...init, signal: AbortSignal.timeout(2_000) });
    return true;
  } catch {
    return false;
  }
}
