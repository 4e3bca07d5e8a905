import { join } from 'node:path';
import { build } from 'esbuild';

const WORKSPACE = /^@treatywatch\//;

/**
 * Builds the baseline of a handler: its entry with the workspace's
 * TypeScript compiled in (the workspace packages export `.ts` sources), not
 * minified, and every npm dependency, the AWS SDK included, left as an import
 * that Node resolves and loads file by file from `node_modules`, as a function
 * deployed with its `node_modules` would, or one that uses the SDK of the
 * Lambda runtime. Returns the output path (under `outDir`, which must sit inside the
 * repository so `node_modules` resolves).
 */
export async function buildUnbundled(entry: string, name: string, outDir: string): Promise<string> {
  const outfile = join(outDir, `${name}.mjs`);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node24',
    format: 'esm',
    minify: false,
    logLevel: 'warning',
    plugins: [
      {
        name: 'npm-dependencies-stay-in-node-modules',
        setup(builder) {
          builder.onResolve({ filter: /^[^./]/ }, (args) =>
            WORKSPACE.test(args.path) ? undefined : { path: args.path, external: true },
          );
        },
      },
    ],
  });
  return outfile;
}
