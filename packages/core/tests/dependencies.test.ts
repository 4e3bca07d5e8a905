import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const srcDir = fileURLToPath(new URL('../src/', import.meta.url));

describe('core dependencies', () => {
  it('imports no AWS SDK and no other package than the rules and zod/mini', () => {
    const imports = readdirSync(srcDir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) =>
        [...readFileSync(`${srcDir}${file}`, 'utf8').matchAll(/from '([^'.][^']*)'/g)].map(
          (m) => m[1],
        ),
      );
    expect(imports.length).toBeGreaterThan(0);
    expect(new Set(imports)).toEqual(new Set(['@treatywatch/rules', 'node:crypto', 'zod/mini']));
  });
});
