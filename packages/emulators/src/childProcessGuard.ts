import type { ChildProcess } from 'node:child_process';

const running = new Set<ChildProcess>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
let installed = false;

function killAll(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  killAll();
  // Our listener replaced the default "terminate"; when nobody else listens, restore it and re-raise.
  for (const name of SIGNALS) process.removeListener(name, onSignal);
  installed = false;
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function install(): void {
  if (installed) return;
  installed = true;
  process.on('exit', killAll);
  for (const signal of SIGNALS) process.on(signal, onSignal);
}

/**
 * Kills `child` when this process exits or receives SIGINT/SIGTERM/SIGHUP, so a
 * local service never outlives the test run that started it.
 */
export function guardChildProcess(child: ChildProcess): void {
  install();
  running.add(child);
  child.once('exit', () => running.delete(child));
}
