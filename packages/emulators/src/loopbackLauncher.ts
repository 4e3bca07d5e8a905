import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { LOOPBACK_HOST } from './constants.js';
import { JavaUnavailableError } from './errors.js';

/** The launcher's class name: DynamoDB Local runs as `java -cp … LoopbackDynamoDBLocal <its options>`. */
export const LOOPBACK_LAUNCHER_CLASS = 'LoopbackDynamoDBLocal';

/*
 * DynamoDB Local has a -port option but none for the address: its Jetty server
 * is built with `new Server(port)`, which listens on every interface. This
 * launcher builds the server exactly as DynamoDB Local's own main does
 * (ServerRunner.createServerFromCommandLineArgs, so every option keeps its
 * meaning), sets the host of its Jetty connectors to the loopback address
 * before starting it, and never configures DynamoDB Local's telemetry. It
 * reaches the private `server` field by reflection; should a DynamoDB Local
 * release rename it, the launcher exits with the Java error, nothing listens,
 * and `startDynamoDBLocal` reports it with that output.
 */
const SOURCE = `public class ${LOOPBACK_LAUNCHER_CLASS} {
  public static void main(String[] args) throws Exception {
    Class<?> runner = Class.forName("software.amazon.dynamodb.services.local.main.ServerRunner");
    Object proxy = runner.getMethod("createServerFromCommandLineArgs", String[].class).invoke(null, (Object) args);
    java.lang.reflect.Field field = proxy.getClass().getDeclaredField("server");
    field.setAccessible(true);
    Object jetty = field.get(proxy);
    for (Object connector : (Object[]) jetty.getClass().getMethod("getConnectors").invoke(jetty)) {
      connector.getClass().getMethod("setHost", String.class).invoke(connector, "${LOOPBACK_HOST}");
    }
    proxy.getClass().getMethod("start").invoke(proxy);
  }
}
`;

/**
 * The directory holding the compiled launcher, compiling it on first use into
 * the user's cache (`$XDG_CACHE_HOME/treatywatch`, else `~/.cache/treatywatch`),
 * keyed by a hash of its source. It is compiled by the Java compiler module of
 * the `java` at hand (`java -m jdk.compiler/…`), which every JDK and Debian's
 * and Ubuntu's `openjdk-17-jre-headless` include; a runtime without it gets a
 * `JavaUnavailableError` that says so.
 */
export function loopbackLauncherClassDir(java = 'java'): string {
  const hash = createHash('sha256').update(SOURCE).digest('hex').slice(0, 16);
  const cacheRoot = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'treatywatch');
  const dir = join(cacheRoot, `dynamodb-local-launcher-${hash}`);
  if (existsSync(join(dir, `${LOOPBACK_LAUNCHER_CLASS}.class`))) return dir;

  mkdirSync(cacheRoot, { recursive: true });
  // Compiled beside the final directory and renamed into place, so runs that
  // start together never see a half-written class.
  const staging = mkdtempSync(join(cacheRoot, '.dynamodb-local-launcher-'));
  try {
    const source = join(staging, `${LOOPBACK_LAUNCHER_CLASS}.java`);
    writeFileSync(source, SOURCE);
    const javac = spawnSync(
      java,
      ['-m', 'jdk.compiler/com.sun.tools.javac.Main', '--release', '17', '-d', staging, source],
      { encoding: 'utf8' },
    );
    if (javac.error !== undefined || javac.status !== 0) {
      throw new JavaUnavailableError(
        'DynamoDB Local is started through a small launcher that binds it to 127.0.0.1, compiled ' +
          `once with the Java compiler module, and \`${java}\` could not compile it. A JDK 17+, or ` +
          "Debian/Ubuntu's openjdk-17-jre-headless, includes the module (jdk.compiler).\n" +
          `${javac.stderr ?? ''}${javac.stdout ?? ''}`,
        { cause: javac.error, context: { command: java, status: javac.status } },
      );
    }
    rmSync(source);
    chmodSync(staging, 0o755); // mkdtemp makes it private; the class is for every user
    try {
      renameSync(staging, dir);
    } catch (error) {
      // Another run put its copy in place first: use that one.
      if (!existsSync(join(dir, `${LOOPBACK_LAUNCHER_CLASS}.class`))) throw error;
    }
    return dir;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
