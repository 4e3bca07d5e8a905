// Bundles each Lambda handler into dist/<name>/index.mjs (+ source maps), used
// alike by the CDK stack (which deploys the directory) and the benchmarks. The
// AWS SDK clients a handler uses are bundled and minified with it rather than
// loaded from the SDK the Lambda runtime provides, file by file: the import is
// what a cold start waits for (bench/coldStart measures it), and it pins the
// SDK to the lockfile's version. Code reached only through import() (the SDK's
// credential providers other than the environment's, which Lambda uses) goes
// into dist/<name>/chunks/, loaded only if it is ever needed.
import { rm } from 'node:fs/promises';
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
    const outdir = join(root, 'dist', name);
    const { metafile } = await build({
      entryPoints: { index: join(root, 'src', 'handlers', `${name}.ts`) },
      outdir,
      outExtension: { '.js': '.mjs' },
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
      metafile: true,
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
      banner: { js: banner },
      legalComments: 'none',
      logLevel: 'warning',
    });
    const code = Object.entries(metafile.outputs).filter(([file]) => file.endsWith('.mjs'));
    const entry = code.find(([file]) => file.endsWith(`${name}/index.mjs`));
    return {
      name,
      entryBytes: entry?.[1].bytes ?? 0,
      totalBytes: code.reduce((sum, [, output]) => sum + output.bytes, 0),
    };
  }),
);

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`.padStart(9);
for (const { name, entryBytes, totalBytes } of results) {
  console.log(
    `${`dist/${name}/index.mjs`.padEnd(40)} ${kb(entryBytes)} (${kb(totalBytes)} with chunks)`,
  );
}
