// What each entry of the committed bundle loads before it runs anything: the files its static imports
// reach (dynamic import()s load the rest when a command or a mode runs), and the packages in them.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { e2eNode, REPO_ROOT } from '../../test-support/harness/index.js';

const DIST = path.join(REPO_ROOT, 'dist');

beforeAll(() => {
  // dist/ is committed; build it only in a fresh tree where nobody has bundled yet.
  if (!existsSync(path.join(DIST, 'cli.js'))) execFileSync('npm', ['run', 'bundle'], { cwd: REPO_ROOT });
}, 120_000);

/** The files an entry loads at start-up: its static imports, transitively (esbuild writes them at line starts). */
function staticClosure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^import\s*(?:[\w*{][^;]*?from\s*)?"(\.{1,2}\/[^"]+)";/gms))
      visit(path.resolve(path.dirname(file), m[1]!));
  };
  visit(path.join(DIST, entry));
  return [...seen];
}

/** The npm packages bundled into these files (esbuild marks each module with a `// node_modules/…` line). */
function packagesIn(files: string[]): string[] {
  const found = new Set<string>();
  for (const file of files) {
    for (const m of readFileSync(file, 'utf8').matchAll(/^\/\/ node_modules\/((?:@[^/]+\/)?[^/]+)\//gm))
      found.add(m[1]!);
  }
  return [...found].sort();
}

describe('the split bundle', () => {
  it('starts the CLI without any library: each command is loaded when it runs', () => {
    const files = staticClosure('cli.js');
    expect(packagesIn(files)).toEqual([]);
    expect(readFileSync(path.join(DIST, 'cli.js'), 'utf8')).toMatch(
      /add: \(\) => import\("\.\/chunks\/add-[\w]+\.js"\)/,
    );
  });

  it('starts the action with @actions/core alone: the client, the settings and the flows come after the token', () => {
    const packages = packagesIn(staticClosure('index.js'));
    expect(packages).toContain('@actions/core');
    for (const later of ['@actions/github', '@octokit/core', 'zod', 'yaml', 'tldts', 'micromark', 'unified'])
      expect(packages).not.toContain(later);
  });

  it('loads for a command only its own libraries', () => {
    const chunk = (name: string) => {
      const cli = readFileSync(path.join(DIST, 'cli.js'), 'utf8');
      const file = new RegExp(`"\\./(chunks/${name}-\\w+\\.js)"`).exec(cli)![1]!;
      return packagesIn(staticClosure(file));
    };
    expect(chunk('add')).not.toContain('undici');
    // A Markdown file needs neither data reader: the adopters-file door imports them for a data file.
    for (const command of ['add', 'lint', 'update', 'remove'])
      for (const reader of ['yaml', 'jsonc-parser']) expect(chunk(command)).not.toContain(reader);
    expect(chunk('check-links')).not.toContain('zod');
    expect(chunk('validate')).not.toContain('micromark');
  });

  it('initialises string-width (an emoji pattern and a segmenter) only when a table holds non-ASCII text', () => {
    const chunks = readdirSync(path.join(DIST, 'chunks')).map((f) =>
      readFileSync(path.join(DIST, 'chunks', f), 'utf8'),
    );
    const holder = chunks.find((text) => text.includes('// node_modules/string-width/'));
    expect(holder).toMatch(/var init_string_width = __esm\(/);
    // Its module body runs inside the initialiser, which the stand-in calls on first use.
    expect(holder).toMatch(/width \?\?= \(init_string_width\(\), __toCommonJS\(string_width_exports\)\)\.default/);
    const dir = mkdtempSync(path.join(tmpdir(), 'adopters-width-'));
    const file = path.join(dir, 'ADOPTERS.md');
    writeFileSync(
      file,
      [
        '| Organization | Description        |',
        '| ------------ | ------------------ |',
        '| Acme         | Uses it            |',
        '| 阿里巴巴     | 用于生产环境       |',
        '| Bravo        | Builds with it     |',
        '',
      ].join('\n'),
    );
    execFileSync(process.execPath, [
      path.join(DIST, 'cli.js'),
      'add',
      file,
      '--name',
      'Zulu 中文',
      '--description',
      'Runs it.',
    ]);
    expect(readFileSync(file, 'utf8')).toContain('| Zulu 中文    | Runs it.           |\n');
  });
});

describe('the CLI on Node 22 and later', () => {
  // The e2e Node (ADOPTERS_E2E_NODE, e.g. Node 24; __tests__/e2e/README.md) or this one.
  const node = e2eNode();
  const major = Number(execFileSync(node, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' }).trim());

  it.skipIf(major < 22)('keeps the code it compiled for the next run, in the temporary directory', () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'adopters-cache-'));
    const file = path.join(tmp, 'ADOPTERS.md');
    writeFileSync(file, '# Adopters\n\n- [Acme](https://acme.example.com)\n- [Bravo](https://bravo.example.com)\n');
    const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: tmp };
    delete env.NODE_COMPILE_CACHE;
    delete env.NODE_DISABLE_COMPILE_CACHE;
    execFileSync(node, [path.join(DIST, 'cli.js'), 'lint', file], { env });
    expect(readdirSync(tmp)).toContain('node-compile-cache');
  });
});
