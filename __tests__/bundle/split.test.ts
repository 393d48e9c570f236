// What each entry of the committed bundle loads before it runs anything: the files its static imports
// reach (dynamic import()s load the rest when a command or a mode runs), and the packages in them.
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { e2eNode, REPO_ROOT } from '../../test-support/harness/index.js';
import { tempDir } from '../../test-support/temp-dir.js';

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

/**
 * The CLI bundle is one CommonJS file whose modules each wait in a lazy initialiser (`var init_x =
 * __esm({ "src/x.ts"() { init_y(); … } })`, `var require_x = __commonJS(…)`): the module paths a command's
 * initialiser reaches through the initialisers it calls, and the vendored libraries (`dist/vendor/*.cjs`)
 * they require, as `vendor/<file>`.
 */
function initialisedBy(bundle: string, start: string): string[] {
  const pathOf = new Map<string, string>();
  const calls = new Map<string, string[]>();
  const vendored = new Map<string, string[]>();
  for (const m of bundle.matchAll(
    /^var ((?:init|require)_\w+) = __(?:esm|commonJS)\(\{\n\s*"([^"]+)"\([^]*?^\}\);$/gm,
  )) {
    pathOf.set(m[1]!, m[2]!);
    calls.set(
      m[1]!,
      [...m[0].matchAll(/\b((?:init|require)_\w+)\(\)/g)].map((c) => c[1]!).filter((c) => c !== m[1]),
    );
    vendored.set(
      m[1]!,
      [...m[0].matchAll(/\brequire\("\.\/(vendor\/[\w.-]+)"\)/g)].map((c) => c[1]!),
    );
  }
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name) || !pathOf.has(name)) return;
    seen.add(name);
    for (const next of calls.get(name)!) visit(next);
  };
  visit(start);
  return [...seen].flatMap((name) => [pathOf.get(name)!, ...vendored.get(name)!]);
}

/** The vendored files, each named for the package it holds. */
const VENDORED: Record<string, string> = {
  'vendor/undici.cjs': 'undici',
  'vendor/yaml.cjs': 'yaml',
  'vendor/github-issue-parser.cjs': '@github/issue-parser',
  'vendor/parse5.cjs': 'parse5',
  'vendor/entities.cjs': 'entities',
};

const packagesOf = (paths: string[]) =>
  [...new Set(paths.flatMap((p) => VENDORED[p] ?? /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(p)?.[1] ?? []))].sort();

const bundle = () => readFileSync(path.join(DIST, 'cli-bundle.cjs'), 'utf8');

describe('the CLI bundle', () => {
  const commandInit = (name: string) =>
    new RegExp(`^  "?${name}"?: \\(\\) => Promise\\.resolve\\(\\)\\.then\\(\\(\\) => \\((init_\\w+)\\(\\)`, 'm').exec(
      bundle(),
    )![1]!;

  it('starts with no library: the bin runs the bundle, whose modules all wait in lazy initialisers', () => {
    expect(packagesIn(staticClosure('cli.js'))).toEqual([]);
    const text = bundle();
    const modules = [...text.matchAll(/^\/\/ ((?:node_modules|src)\/\S+)$/gm)].map((m) => m[1]!);
    const lazy = new Set([...text.matchAll(/^\s*"((?:node_modules|src)\/[^"]+)"\(/gm)].map((m) => m[1]!));
    expect(modules.length).toBeGreaterThan(100);
    expect(modules.filter((m) => !lazy.has(m))).toEqual(['src/cli/run-cli.ts', 'src/cli/main.ts']);
  });

  it('keeps the link check’s HTTP client, the YAML, issue-form and HTML readers and the entity tables in files of their own', () => {
    for (const [file, name] of Object.entries(VENDORED)) {
      expect(existsSync(path.join(DIST, file))).toBe(true);
      expect(bundle()).not.toContain(`// node_modules/${name}/`);
    }
  });

  it('initialises for a command only its own libraries', () => {
    const libraries = (command: string) => packagesOf(initialisedBy(bundle(), commandInit(command)));
    expect(libraries('add')).toContain('tldts');
    expect(libraries('add')).not.toContain('undici');
    // A Markdown file needs neither data reader: the adopters-file door imports them for a data file.
    for (const command of ['add', 'lint', 'update', 'remove'])
      for (const reader of ['yaml', 'jsonc-parser']) expect(libraries(command)).not.toContain(reader);
    expect(libraries('check-links')).toContain('undici');
    expect(libraries('check-links')).not.toContain('zod');
    expect(libraries('validate')).not.toContain('micromark');
    expect(libraries('validate')).toContain('@github/issue-parser');
    expect(libraries('init')).toContain('yaml');
  });
});

describe('the split action bundle', () => {
  it('starts the action with @actions/core alone: the client, the settings and the flows come after the token', () => {
    // action.yml runs dist/index.js, CommonJS like the rest of dist/, which imports the ESM action.
    expect(readFileSync(path.join(DIST, 'index.js'), 'utf8')).toMatch(/^import\('\.\/action\.mjs'\);$/m);
    expect(readFileSync(path.join(DIST, 'package.json'), 'utf8')).toMatch(/"type": "commonjs"/);
    const packages = packagesIn(staticClosure('action.mjs'));
    expect(packages).toContain('@actions/core');
    for (const later of ['@actions/github', '@octokit/core', 'zod', 'yaml', 'tldts', 'micromark', 'unified'])
      expect(packages).not.toContain(later);
  });

  it('initialises remark only when the fast reader hands it a block, and reads such a file with it', () => {
    // The stand-in requires remark's processor on first use: most files never get there.
    expect(bundle()).toMatch(/return \(init_unified\(\), __toCommonJS\(unified_exports\)\)\.unified\(\);/);
    const dir = tempDir('adopters-remark-');
    const file = path.join(dir, 'ADOPTERS.md');
    // A quote, an HTML block and a footnote: blocks the fast reader leaves to remark.
    const source = [
      '# Adopters',
      '',
      '> Add yours below.[^1]',
      '',
      '<div align="center">',
      '<b>Users</b>',
      '</div>',
      '',
      '- [Acme](https://acme.example.org) - Builds with it.',
      '- [Bravo](https://bravo.example.org) - Ships with it.',
      '',
      '[^1]: Kept A to Z.',
      '',
    ].join('\n');
    writeFileSync(file, source);
    execFileSync(process.execPath, [
      path.join(DIST, 'cli.js'),
      'add',
      file,
      '--name',
      'Charlie',
      '--url',
      'https://charlie.example.org',
      '--description',
      'Runs it.',
    ]);
    expect(readFileSync(file, 'utf8')).toBe(
      source.replace('Ships with it.\n', 'Ships with it.\n- [Charlie](https://charlie.example.org) - Runs it.\n'),
    );
  });

  it('initialises string-width (an emoji pattern and a segmenter) only when a table holds non-ASCII text', () => {
    const chunks = readdirSync(path.join(DIST, 'chunks')).map((f) =>
      readFileSync(path.join(DIST, 'chunks', f), 'utf8'),
    );
    // The action's chunk that holds it, and the CLI's bundle.
    for (const holder of [chunks.find((text) => text.includes('// node_modules/string-width/')), bundle()]) {
      expect(holder).toMatch(/var init_string_width = __esm\(/);
      // Its module body runs inside the initialiser, which the stand-in calls on first use.
      expect(holder).toMatch(/width \?\?= \(init_string_width\(\), __toCommonJS\(string_width_exports\)\)\.default/);
    }
    const dir = tempDir('adopters-width-');
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

describe('the compile cache', () => {
  // The e2e Node (ADOPTERS_E2E_NODE, e.g. Node 24; __tests__/e2e/README.md) and this one.
  const nodes = [...new Set([process.execPath, e2eNode()])];

  function setUp() {
    const tmp = tempDir('adopters-cache-');
    const file = path.join(tmp, 'ADOPTERS.md');
    writeFileSync(file, '# Adopters\n\n- [Acme](https://acme.example.com)\n- [Bravo](https://bravo.example.com)\n');
    const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: tmp };
    delete env.NODE_COMPILE_CACHE;
    delete env.NODE_DISABLE_COMPILE_CACHE;
    const lint = (extra: NodeJS.ProcessEnv = {}, node = process.execPath) =>
      execFileSync(node, [path.join(DIST, 'cli.js'), 'lint', file], { env: { ...env, ...extra }, encoding: 'utf8' });
    const folder = path.join(tmp, `adopters-bot-${process.getuid!()}`);
    const cacheFiles = () => (existsSync(folder) ? readdirSync(folder) : []);
    return { tmp, env, lint, folder, cacheFiles };
  }

  it.each(nodes)('keeps the code a command compiled for its next run, in a private folder (%s)', (node) => {
    const { lint, folder, cacheFiles } = setUp();
    const first = lint({}, node);
    const [cached] = cacheFiles();
    expect(cached).toMatch(/^[0-9a-f]{16}-v\d+\.\d+\.\d+-lint\.bin$/);
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    const written = statSync(path.join(folder, cached!)).mtimeMs;
    // The next run reads the cache and, V8 having accepted it, does not write it again.
    expect(lint({}, node)).toBe(first);
    expect(statSync(path.join(folder, cached!)).mtimeMs).toBe(written);
    expect(cacheFiles()).toEqual([cached]);
  });

  it('compiles the vendored files a run requires through the cache too, each in a file of its own', () => {
    const { tmp, env, folder, cacheFiles } = setUp();
    const row = (site: string, name: string, text: string) =>
      `<tr><td><a href="https://${site}.example.org">${name}</a></td><td>${text}</td></tr>`;
    const logo = (site: string, name: string) =>
      `- [<img alt="${name}" src="https://${site}.example.org/logo.png" height="40">](https://${site}.example.org)`;
    // An HTML table needs parse5; a logo's `&amp;` the entity tables: both are vendored files. Each file's
    // new entry is keyed by hand: the sibling's shape, in the file's A-to-Z order.
    const cases = [
      {
        name: 'table.md',
        source: [
          '<table>',
          row('alpha', 'Alpha', 'Builds its release images with it'),
          row('bravo', 'Bravo', 'Runs its integration tests on it'),
        ],
        after: [
          row('delta', 'Delta', 'Deploys its web services with it'),
          row('echo', 'Echo', 'Monitors its edge network with it'),
          '</table>',
          '',
        ],
        added: row('charlie', 'Charlie', 'Uses it in production'),
        args: ['--description', 'Uses it in production'],
      },
      {
        name: 'logos.md',
        source: ['# Adopters', '', logo('alpha', 'Alpha &amp; Sons'), logo('bravo', 'Bravo')],
        after: [logo('delta', 'Delta'), logo('echo', 'Echo'), ''],
        added: logo('charlie', 'Charlie'),
        args: ['--logo', 'https://charlie.example.org/logo.png'],
      },
    ];
    const addAll = () =>
      cases.map((c) => {
        const file = path.join(tmp, c.name);
        writeFileSync(file, [...c.source, ...c.after].join('\n'));
        const args = ['add', file, '--name', 'Charlie', '--url', 'https://charlie.example.org', ...c.args];
        execFileSync(process.execPath, [path.join(DIST, 'cli.js'), ...args], { env });
        return readFileSync(file, 'utf8');
      });
    const expected = cases.map((c) => [...c.source, c.added, ...c.after].join('\n'));
    expect(addAll()).toEqual(expected);
    const written = cacheFiles().sort();
    expect(written.map((f) => f.replace(/^[0-9a-f]{16}-v[\d.]+-/, ''))).toEqual([
      'add.bin',
      'add.entities.bin',
      'add.parse5.bin',
    ]);
    const times = written.map((f) => statSync(path.join(folder, f)).mtimeMs);
    // The next runs read all three and write none of them again.
    expect(addAll()).toEqual(expected);
    expect(written.map((f) => statSync(path.join(folder, f)).mtimeMs)).toEqual(times);
  });

  it('replaces a cache V8 rejects and still runs the command', () => {
    const { lint, folder, cacheFiles } = setUp();
    const first = lint();
    const file = path.join(folder, cacheFiles()[0]!);
    writeFileSync(file, 'not compiled code');
    expect(lint()).toBe(first);
    expect(readFileSync(file).length).toBeGreaterThan(10_000);
  });

  it('leaves a folder another user could write alone, and caches nothing when told not to', () => {
    const shared = setUp();
    mkdirSync(shared.folder, { mode: 0o777 });
    chmodSync(shared.folder, 0o777);
    shared.lint();
    expect(shared.cacheFiles()).toEqual([]);

    const off = setUp();
    off.lint({ NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(existsSync(off.folder)).toBe(false);

    const elsewhere = setUp();
    const chosen = path.join(elsewhere.tmp, 'chosen');
    elsewhere.lint({ NODE_COMPILE_CACHE: chosen });
    expect(readdirSync(path.join(chosen, `adopters-bot-${process.getuid!()}`))).toHaveLength(1);
  });
});

describe('the compile cache over releases', () => {
  it('keeps the code of the three builds written last and drops older ones', () => {
    const tmp = tempDir('adopters-cache-');
    const file = path.join(tmp, 'ADOPTERS.md');
    writeFileSync(file, '# Adopters\n\n- [Acme](https://acme.example.com)\n- [Bravo](https://bravo.example.com)\n');
    const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: tmp };
    delete env.NODE_COMPILE_CACHE;
    delete env.NODE_DISABLE_COMPILE_CACHE;
    const folder = path.join(tmp, `adopters-bot-${process.getuid!()}`);
    mkdirSync(folder, { mode: 0o700 });
    // Three older releases, each written a day before the next.
    const day = 24 * 3600;
    const now = Date.now() / 1000;
    const older = ['1111111111111111', '2222222222222222', '3333333333333333'];
    older.forEach((build, i) => {
      const cached = path.join(folder, `${build}-v20.0.0-lint.bin`);
      writeFileSync(cached, 'an older release');
      utimesSync(cached, now - (3 - i) * day, now - (3 - i) * day);
    });
    execFileSync(process.execPath, [path.join(DIST, 'cli.js'), 'lint', file], { env });
    execFileSync(
      process.execPath,
      [
        path.join(DIST, 'cli.js'),
        'add',
        file,
        '--name',
        'Charlie',
        '--url',
        'https://charlie.example.com',
        '--dry-run',
      ],
      { env },
    );
    const builds = new Set(readdirSync(folder).map((f) => f.split('-')[0]));
    // This build (lint and add) and the two most recent of the older ones.
    expect(builds.size).toBe(3);
    expect([...builds].filter((b) => older.includes(b!)).sort()).toEqual(['2222222222222222', '3333333333333333']);
    expect(
      readdirSync(folder)
        .filter((f) => !older.some((b) => f.startsWith(b)))
        .map((f) => f.replace(/^[0-9a-f]{16}-v[\d.]+-/, ''))
        .sort(),
    ).toEqual(['add.bin', 'lint.bin']);
  });
});
