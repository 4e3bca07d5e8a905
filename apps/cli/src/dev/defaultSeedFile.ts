import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI_PACKAGE_NAME = 'treatywatch';

/**
 * The repository's curated events, `data/events.json`, found relative to the
 * CLI package (not the working directory), whether the CLI runs bundled from
 * `dist/` or from its sources. `undefined` when the CLI runs outside the
 * repository.
 */
export function defaultSeedFile(from: string = import.meta.url): string | undefined {
  let directory = dirname(fileURLToPath(from));
  for (;;) {
    const manifest = join(directory, 'package.json');
    if (existsSync(manifest) && packageName(manifest) === CLI_PACKAGE_NAME) {
      const seed = join(directory, '..', '..', 'data', 'events.json');
      return existsSync(seed) ? seed : undefined;
    }
    const parent = dirname(directory);
    if (parent === directory) return undefined;
    directory = parent;
  }
}

function packageName(manifest: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name;
  } catch {
    return undefined;
  }
}
