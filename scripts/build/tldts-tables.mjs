// Builds tldts's suffix-trie tables at bundle time instead of at every start.
//
// tldts ships its public-suffix trie as label text plus structure, and derives three tables from them
// as it is loaded: where each label starts, a hash of each label, and each node's wildcard edge. That
// pass hashes all 68,000 characters of label text in top-level code, which V8 runs unoptimized: about
// 2 ms of every command that checks a URL (`add`, `validate`, the action's form modes), a tenth of an
// argo-cd-sized `add` beyond node's own start.
//
// The plugin runs tldts's own code for that pass once, at build time (the file's first part, up to the
// end of the pass, in a sandbox), and writes the three tables into the bundle as base64 typed arrays.
// Nothing of tldts's lookup changes. When the pass is not found word for word (a new tldts release
// rewrote it), the build fails: fix the pattern here rather than ship a slower bundle unnoticed.
// __tests__/bundle/tldts-tables.test.ts checks the built lookup against the library's on a sample of
// the public suffix list.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

/** The derivation pass, from its first declaration to the end of its loop (tldts 7's dist/cjs/index.js). */
const PASS =
  /const numberOfNodes = nodeFlags\.length;\nconst numberOfEdges = edgeLength\.length;\nconst edgeOffset = new Uint32Array\(numberOfEdges\);\nconst edgeHash = new Uint32Array\(numberOfEdges\);\nconst wildcardEdge = new Int32Array\(numberOfNodes\)\.fill\(-1\);\nfor \(let node = 0, offset = 0; node < numberOfNodes; node \+= 1\) \{\n[\s\S]*?\n\}\n/;

const TABLES = /** @type {const} */ ([
  ['edgeOffset', 'Uint32Array'],
  ['edgeHash', 'Uint32Array'],
  ['wildcardEdge', 'Int32Array'],
]);

/**
 * Typed arrays are in the machine's byte order: the tables are written little-endian and read through a
 * DataView on a big-endian machine (s390x), where the fast copy would scramble them.
 */
const DECODER = `
const __tldtsLittleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
function __tldtsTable(Type, base64) {
  const bytes = Buffer.from(base64, 'base64');
  const table = new Type(bytes.length / Type.BYTES_PER_ELEMENT);
  if (__tldtsLittleEndian) new Uint8Array(table.buffer).set(bytes);
  else {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
    const signed = Type === Int32Array;
    for (let i = 0; i < table.length; i++) table[i] = signed ? view.getInt32(i * 4, true) : view.getUint32(i * 4, true);
  }
  return table;
}
`;

/** @param {string} source tldts's dist/cjs/index.js @returns {string} the same module with the tables built */
export function withBuiltTables(source) {
  const pass = PASS.exec(source);
  if (!pass) {
    throw new Error(
      "tldts-tables: tldts's suffix-trie derivation pass was not found in tldts/dist/cjs/index.js; update PASS in scripts/build/tldts-tables.mjs to the new release's code.",
    );
  }
  const upToPassEnd = source.slice(0, pass.index + pass[0].length);
  const sandbox = { exports: {}, require: () => ({}) };
  /** @type {Record<string, Uint32Array | Int32Array>} */
  const built = vm.runInNewContext(`${upToPassEnd}\n({ ${TABLES.map(([name]) => name).join(', ')} })`, sandbox);
  const declarations = TABLES.map(([name, type]) => {
    const table = built[name];
    const bytes = Buffer.alloc(table.length * 4);
    table.forEach((value, i) =>
      type === 'Int32Array' ? bytes.writeInt32LE(value, i * 4) : bytes.writeUInt32LE(value, i * 4),
    );
    return `const ${name} = __tldtsTable(${type}, '${bytes.toString('base64')}');`;
  });
  const replacement = [
    'const numberOfNodes = nodeFlags.length;',
    'const numberOfEdges = edgeLength.length;',
    '// Built at bundle time by scripts/build/tldts-tables.mjs.',
    DECODER,
    ...declarations,
    '',
  ].join('\n');
  return source.slice(0, pass.index) + replacement + source.slice(pass.index + pass[0].length);
}

/** The esbuild plugin: tldts's CommonJS build, which both bundles take, loads with its tables built. */
export const tldtsTables = {
  name: 'tldts-tables',
  /** @param {import('esbuild').PluginBuild} b */
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]tldts[\\/]dist[\\/]cjs[\\/]index\.js$/ }, (args) => ({
      contents: withBuiltTables(readFileSync(args.path, 'utf8')),
      loader: 'js',
    }));
  },
};
