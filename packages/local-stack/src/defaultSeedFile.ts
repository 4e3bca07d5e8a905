import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository's curated events, `data/events.json` beside the workspace
 * root's `package.json` (the one that declares `workspaces`), found from this
 * module's location rather than the working directory: it holds whether the
 * stack runs from its sources or bundled into the CLI's `dist/`. `undefined`
 * outside the repository.
 */
export function defaultSeedFile(from: string = import.meta.url): string | undefined {
  let directory = dirname(fileURLToPath(from));
  for (;;) {
    const manifest = join(directory, 'package.json');
    if (existsSync(manifest) && declaresWorkspaces(manifest)) {
      const seed = join(directory, 'data', 'events.json');
      return existsSync(seed) ? seed : undefined;
    }
    const parent = dirname(directory);
    if (parent === directory) return undefined;
    directory = parent;
  }
}

function declaresWorkspaces(manifest: string): boolean {
  try {
    return (
      (JSON.parse(readFileSync(manifest, 'utf8')) as { workspaces?: unknown }).workspaces !==
      undefined
    );
  } catch {
    return false;
  }
}
