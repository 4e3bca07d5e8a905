// Bundles each Lambda handler into dist/<name>/index.mjs (+ source map): one
// minified ESM file per function, used alike by the CDK stack, the local stack
// and the benchmarks. The Lambda Node.js runtime provides the AWS SDK v3.
import { rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = dirname(fileURLToPath(import.meta.url));
const HANDLERS = ['webhook', 'on-event', 'on-assessment-change', 'sweep', 'api'];

// Some CommonJS dependencies call require() for Node built-ins; ESM has none.
const banner = [
  "import { createRequire as __twCreateRequire } from 'node:module';",
  'const require = __twCreateRequire(import.meta.url);',
].join('\n');

await rm(join(root, 'dist'), { recursive: true, force: true });

const results = await Promise.all(
  HANDLERS.map(async (name) => {
    const outfile = join(root, 'dist', name, 'index.mjs');
    await build({
      entryPoints: [join(root, 'src', 'handlers', `${name}.ts`)],
      outfile,
      bundle: true,
      platform: 'node',
      target: 'node24',
      format: 'esm',
      minify: true,
      sourcemap: true,
      sourcesContent: false,
      treeShaking: true,
      mainFields: ['module', 'main'],
      conditions: ['module', 'import'],
      external: ['@aws-sdk/*'],
      banner: { js: banner },
      legalComments: 'none',
      logLevel: 'warning',
    });
    return { name, bytes: (await stat(outfile)).size };
  }),
);

for (const { name, bytes } of results) {
  console.log(`${`dist/${name}/index.mjs`.padEnd(40)} ${(bytes / 1024).toFixed(1).padStart(8)} KB`);
}
