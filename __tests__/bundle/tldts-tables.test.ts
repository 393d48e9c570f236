// tldts's suffix-trie tables are built at bundle time (scripts/build/tldts-tables.mjs): the module the
// bundles take must hold exactly the tables tldts derives as it loads, and answer every lookup as tldts does.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { withBuiltTables } from '../../scripts/build/tldts-tables.mjs';
import { REPO_ROOT } from '../../test-support/harness/index.js';

const require = createRequire(import.meta.url);
const TLDTS = require.resolve('tldts');
const source = readFileSync(TLDTS, 'utf8');

type Tldts = typeof import('tldts');
type Tables = Record<'edgeOffset' | 'edgeHash' | 'wildcardEdge', ArrayLike<number>>;

/** Runs a CommonJS source of tldts, with its module-scoped tables handed out beside its exports. */
function load(text: string): { lib: Tldts; tables: Tables } {
  const module = { exports: {} as Tldts & { tables: Tables } };
  const run = vm.runInThisContext(
    `(function (exports, require, module) { ${text}\nmodule.exports.tables = { edgeOffset, edgeHash, wildcardEdge };\n})`,
  ) as (...args: unknown[]) => void;
  run(module.exports, require, module);
  return { lib: module.exports, tables: module.exports.tables };
}

describe('tldts with its tables built at bundle time', () => {
  const original = load(source);
  const built = load(withBuiltTables(source));

  it('holds the tables tldts derives as it loads, value for value', () => {
    for (const name of ['edgeOffset', 'edgeHash', 'wildcardEdge'] as const) {
      expect(built.tables[name].constructor).toBe(original.tables[name].constructor);
      expect(Array.from(built.tables[name])).toEqual(Array.from(original.tables[name]));
    }
    expect(original.tables.edgeHash.length).toBeGreaterThan(5000);
  });

  it('answers lookups as tldts does: ICANN and private suffixes, wildcards and their exceptions, IDNs', () => {
    const hosts = [
      'https://www.acme.com/about',
      'shop.acme.co.uk',
      'acme.github.io',
      'github.io',
      'a.b.blogspot.com',
      'bucket.s3.amazonaws.com',
      'foo.bar.kawasaki.jp',
      'city.kawasaki.jp',
      'www.ck',
      'foo.ck',
      'xn--80ak6aa92e.xn--p1ai',
      'пример.рф',
      'acme.unknown-tld',
      'localhost',
      '192.168.0.1',
      '[::1]',
      'a.b.c.d.e.gov.uk',
      'x.compute.amazonaws.com',
    ];
    for (const host of hosts)
      for (const options of [{}, { allowPrivateDomains: true }])
        expect(built.lib.parse(host, options), `${host} ${JSON.stringify(options)}`).toEqual(
          original.lib.parse(host, options),
        );
  });

  it('fails the build, naming the file to fix, when a release rewrites the pass', () => {
    expect(() =>
      withBuiltTables(source.replace('const edgeHash = new Uint32Array', 'let edgeHash = new Uint32Array')),
    ).toThrow(/update PASS in scripts\/build\/tldts-tables\.mjs/);
  });

  it('is what both committed bundles hold', () => {
    const cli = readFileSync(path.join(REPO_ROOT, 'dist', 'cli-bundle.cjs'), 'utf8');
    expect(cli).toContain('__tldtsTable(Uint32Array, ');
    expect(cli).not.toContain('hash * 33 ^ labelText.charCodeAt(i)');
  });
});
