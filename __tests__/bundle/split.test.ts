// What each entry of the committed bundle loads before it runs anything: the files its static imports
// reach (dynamic import()s load the rest when a command or a mode runs), and the packages in them.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../test-support/harness/index.js';

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
    expect(chunk('check-links')).not.toContain('zod');
    expect(chunk('validate')).not.toContain('micromark');
  });
});
