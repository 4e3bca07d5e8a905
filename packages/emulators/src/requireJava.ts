import { spawnSync } from 'node:child_process';
import { MINIMUM_JAVA_VERSION } from './constants.js';
import { JavaUnavailableError } from './errors.js';

const INSTALL_HINT =
  'Install a Java runtime 17 or later, e.g. `apt-get install openjdk-17-jre-headless` ' +
  '(Debian/Ubuntu) or `brew install openjdk@17` (macOS), and make sure `java` is on the PATH.';

/**
 * The major version in `java -version` output: `"17.0.15"` → 17, and the
 * pre-9 scheme `"1.8.0_392"` → 8.
 */
export function javaMajorVersion(versionOutput: string): number | null {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (match === null) return null;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

/**
 * Checks that `java` (the command DynamoDB Local is spawned with) exists and is
 * recent enough; throws `JavaUnavailableError` saying how to install it otherwise.
 */
export function requireJava(command = 'java'): number {
  const result = spawnSync(command, ['-version'], { encoding: 'utf8' });
  if (result.error !== undefined) {
    throw new JavaUnavailableError(
      `DynamoDB Local needs Java ${MINIMUM_JAVA_VERSION}+, but \`${command}\` was not found. ${INSTALL_HINT}`,
      { cause: result.error, context: { command } },
    );
  }
  const output = `${result.stderr}${result.stdout}`;
  const major = javaMajorVersion(output);
  if (major === null || major < MINIMUM_JAVA_VERSION) {
    throw new JavaUnavailableError(
      `DynamoDB Local needs Java ${MINIMUM_JAVA_VERSION}+, but \`${command} -version\` reports ${
        major === null ? 'no version' : `version ${major}`
      }. ${INSTALL_HINT}`,
      { context: { command, major, output } },
    );
  }
  return major;
}
