// dist/licenses.txt: one entry per package the bundle contains, with its licence texts, in a stable
// order; and no import left for node_modules to answer at run time.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportKind } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { assertSelfContained, findRuntimeImports } from '../../scripts/build/assert-self-contained.mjs';
import { licenseOf, listBundledPackages, packageDirOf, renderLicenses } from '../../scripts/build/collect-licenses.mjs';
import { tempDir } from '../../test-support/temp-dir.js';

const DIST = new URL('../../dist/', import.meta.url);

/** A node_modules tree on disk: path → file text. */
function tree(files: Record<string, string>): string {
  const root = tempDir('adopters-licenses-');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
const meta = (...inputs: string[]) => ({
  inputs: Object.fromEntries(inputs.map((i) => [i, { bytes: 1, imports: [] }])),
});

describe('packageDirOf', () => {
  it.each([
    ['node_modules/zod/v4/core/core.js', 'node_modules/zod'],
    ['node_modules/@actions/core/lib/core.js', 'node_modules/@actions/core'],
    [
      'node_modules/@actions/github/node_modules/@actions/http-client/lib/index.js',
      'node_modules/@actions/github/node_modules/@actions/http-client',
    ],
    ['src/cli.ts', undefined],
  ])('%s → %s', (input, dir) => {
    expect(packageDirOf(input)).toBe(dir);
  });
});

describe('licenseOf', () => {
  it('reads the SPDX string, the legacy object and the legacy array', () => {
    expect(licenseOf({ license: 'MIT' })).toBe('MIT');
    expect(licenseOf({ license: { type: 'BSD-3-Clause', url: 'x' } })).toBe('BSD-3-Clause');
    expect(licenseOf({ licenses: [{ type: 'MIT' }, { type: 'Apache-2.0' }] })).toBe('(MIT OR Apache-2.0)');
    expect(licenseOf({})).toBe('UNKNOWN');
  });
});

describe('listBundledPackages and renderLicenses', () => {
  const root = tree({
    'node_modules/b-lib/package.json': '{"name":"b-lib","version":"2.0.0","license":"ISC"}',
    'node_modules/b-lib/LICENSE': 'ISC licence text\r\nsecond line\r\n',
    'node_modules/b-lib/index.js': '',
    'node_modules/@scope/a/package.json': '{"name":"@scope/a","version":"1.0.0","license":"Apache-2.0"}',
    'node_modules/@scope/a/LICENSE.txt': 'Apache text',
    'node_modules/@scope/a/NOTICE': 'Notice text',
    'node_modules/@scope/a/lib/package.json': '{"type":"module"}',
    'node_modules/@scope/a/lib/x.js': '',
    'node_modules/b-lib/node_modules/c/package.json': '{"name":"c","version":"0.1.0","license":"MIT"}',
    'node_modules/b-lib/node_modules/c/i.js': '',
  });
  const inputs = [
    'src/cli.ts',
    'node_modules/b-lib/index.js',
    'node_modules/@scope/a/lib/x.js',
    'node_modules/b-lib/node_modules/c/i.js',
  ];

  it('lists each package folder once, by name, from all the builds, with its licence files', () => {
    const packages = listBundledPackages([meta(...inputs), meta('node_modules/b-lib/index.js')], root);
    expect(packages).toEqual([
      {
        name: '@scope/a',
        version: '1.0.0',
        license: 'Apache-2.0',
        texts: [
          { file: 'LICENSE.txt', text: 'Apache text' },
          { file: 'NOTICE', text: 'Notice text' },
        ],
      },
      {
        name: 'b-lib',
        version: '2.0.0',
        license: 'ISC',
        texts: [{ file: 'LICENSE', text: 'ISC licence text\r\nsecond line' }],
      },
      { name: 'c', version: '0.1.0', license: 'MIT', texts: [] },
    ]);
  });

  it('renders the same bytes whatever order the inputs come in, with LF line ends', () => {
    const a = renderLicenses(listBundledPackages([meta(...inputs)], root));
    const b = renderLicenses(listBundledPackages([meta(...[...inputs].reverse())], root));
    expect(a).toBe(b);
    expect(a).not.toContain('\r');
    expect(a).toContain('\nb-lib@2.0.0 (ISC)\n');
    expect(a).toContain('\nNOTICE:\n\nNotice text\n');
    expect(a).toContain('The package ships no licence file; its package.json says MIT.');
  });

  it('fails the build on a bundled folder without package.json', () => {
    expect(() => listBundledPackages([meta('node_modules/ghost/index.js')], root)).toThrow(
      'bundled package without package.json: node_modules/ghost',
    );
  });
});

describe('the committed dist/licenses.txt', () => {
  const listed = new Set(
    [...readFileSync(new URL('licenses.txt', DIST), 'utf8').matchAll(/^(@?[^@\s]+)@\S+ \([^)]*\)$/gm)].map(
      (m) => m[1]!,
    ),
  );

  it('names every package whose code esbuild marked in the bundle', () => {
    // esbuild heads each module with its path: `// node_modules/x/…` or, for CJS, `"node_modules/x/…"(exports`
    const bundled = new Set<string>();
    for (const file of readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => /\.[cm]?js$/.test(f))) {
      const text = readFileSync(new URL(file, DIST), 'utf8');
      for (const m of text.matchAll(
        /^\s*(?:\/\/ |"|var \w+ = __commonJS\(\{\s*")(?:[^"\n]*\/)?node_modules\/((?:@[^/\s"]+\/)?[^/\s"]+)\//gm,
      )) {
        bundled.add(m[1]!);
      }
    }
    expect(bundled.size).toBeGreaterThan(50);
    expect([...bundled].filter((name) => !listed.has(name))).toEqual([]);
  });
});

describe('assertSelfContained', () => {
  const outputs = (...imports: { path: string; kind: ImportKind; external?: boolean }[]) => ({
    outputs: { 'dist/cli.js': { bytes: 1, inputs: {}, exports: [], imports } },
  });

  it('lets Node built-ins and the bundle’s own chunks through', () => {
    const ok = outputs(
      { path: 'node:fs', kind: 'import-statement', external: true },
      { path: 'net', kind: 'require-call', external: true },
      { path: 'dist/chunk-X.js', kind: 'dynamic-import' },
    );
    expect(findRuntimeImports([ok])).toEqual([]);
    expect(() => assertSelfContained([ok])).not.toThrow();
  });

  it('fails on an import node_modules would have to answer', () => {
    const bad = outputs({ path: 'left-pad', kind: 'require-call', external: true });
    expect(() => assertSelfContained([bad])).toThrow('dist/cli.js: require-call "left-pad"');
  });
});
