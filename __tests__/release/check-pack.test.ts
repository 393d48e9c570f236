import { describe, expect, it } from 'vitest';
import { type PackEntry, checkPack } from '../../scripts/release/check-pack.mjs';

const SHEBANG = '#!/usr/bin/env node\nimport x from "y";\n';
const MANIFEST = {
  name: 'adopters-bot',
  version: '0.1.0',
  bin: { adopters: 'dist/cli.js', 'adopters-bot': 'dist/cli.js' },
  engines: { node: '>=20' },
};
const README = 'The npm package is one tarball of about 1.2 MB (6.2 MB unpacked).\n';

function pack(paths: string[], size = 1_200_000): PackEntry {
  return {
    filename: 'adopters-bot-0.1.0.tgz',
    size,
    unpackedSize: size * 5,
    files: paths.map((path) => ({ path, size: 1 })),
  };
}
const GOOD = [
  'package.json',
  'README.md',
  'LICENSE',
  'CHANGELOG.md',
  'action.yml',
  'dist/package.json',
  'dist/index.js',
  'dist/action.mjs',
  'dist/cli.js',
  'dist/cli-bundle.cjs',
  'dist/chunks/render-3F2A.mjs',
  'dist/licenses.txt',
  'examples/workflows/adopters.yml',
];
function reader(manifest: object = MANIFEST, readme = README) {
  return (path: string) =>
    path === 'package.json' ? JSON.stringify(manifest) : path === 'README.md' ? readme : SHEBANG;
}

describe('checkPack', () => {
  it('accepts the bundle (split into chunks or not), its licences, action.yml, the examples and the docs', () => {
    expect(checkPack(pack(GOOD), reader())).toEqual({
      problems: [],
      summary: 'adopters-bot-0.1.0.tgz: 13 files, 1.2 MB packed, 6.0 MB unpacked',
    });
  });

  it('names what must not ship: tests, fixtures, sources, maps, dependencies, strays', () => {
    const { problems } = checkPack(
      pack([
        ...GOOD,
        '__tests__/cli/add.test.ts',
        '__fixtures__/corpus/adopters/x.md',
        'src/cli.ts',
        'dist/cli.js.map',
        'node_modules/zod/index.js',
        '.env',
      ]),
      reader(),
    );
    expect(problems).toEqual([
      '__tests__/cli/add.test.ts is a test: the package must not ship it',
      '__fixtures__/corpus/adopters/x.md is a fixture: the package must not ship it',
      'src/cli.ts is a source file: the package must not ship it',
      'dist/cli.js.map is a source map: the package must not ship it',
      'node_modules/zod/index.js is a dependency: the package must not ship it',
      '.env is not in the list of files the package ships',
    ]);
  });

  it('needs the bundle, the licences and a bin npx can pick', () => {
    const manifest = { ...MANIFEST, bin: { adopters: 'dist/cli.js', 'adopters-check': 'dist/check.js' } };
    const { problems } = checkPack(pack(GOOD.filter((p) => p !== 'dist/licenses.txt')), reader(manifest));
    expect(problems).toEqual([
      'dist/licenses.txt is missing from the package',
      'package.json bin has no "adopters-bot" entry: `npx adopters-bot` cannot pick a command',
      'bin adopters-check → dist/check.js, which the package does not contain',
    ]);
  });

  it('refuses runtime dependencies, a private manifest, a bin without shebang', () => {
    const manifest = { ...MANIFEST, private: true, dependencies: { zod: '4.6.7' } };
    const read = (path: string) => (path === 'dist/cli.js' ? 'import x from "y";\n' : reader(manifest)(path));
    expect(checkPack(pack(GOOD), read).problems).toEqual([
      'package.json is private: npm refuses to publish it',
      'package.json has dependencies: the bundle is self-contained, so they belong in devDependencies',
      'bin adopters → dist/cli.js has no node shebang',
      'bin adopters-bot → dist/cli.js has no node shebang',
    ]);
  });

  it('holds the README to the size it states, and the tarball under its ceiling', () => {
    expect(checkPack(pack(GOOD, 1_700_000), reader()).problems).toEqual([
      'README.md says the tarball is about 1.2 MB; it is 1.7 MB: update the README',
    ]);
    expect(checkPack(pack(GOOD, 3_500_000), reader(MANIFEST, 'about 3.5 MB')).problems).toEqual([
      'the tarball is 3.5 MB, over the 3.0 MB ceiling',
      'README.md does not state the tarball\'s size ("npm package is one tarball of about N MB")',
    ]);
  });
});
