import { arch, cpus, loadavg, platform, release, totalmem } from 'node:os';

/** The machine a run came from, as `results.json` records it. */
export interface MachineInfo {
  readonly os: string;
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly node: string;
  /** 1, 5 and 15 minute load averages when the run started: other work skews every figure. */
  readonly loadAverage: readonly number[];
}

/** What this machine is, read from `node:os`. */
export function machineInfo(): MachineInfo {
  const processors = cpus();
  return {
    os: `${platform()} ${release()} ${arch()}`,
    cpu: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    loadAverage: loadavg().map((load) => Math.round(load * 100) / 100),
  };
}
