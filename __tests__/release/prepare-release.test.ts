// The first job of the release workflow, run as the workflow runs it: environment in, $GITHUB_OUTPUT out.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test-support/temp-dir.js';

const SCRIPT = new URL('../../scripts/release/prepare-release.mjs', import.meta.url).pathname;
const CHANGELOG =
  '# Changelog\n\n## 0.3.0 — unreleased\n\n- Next.\n\n## 0.2.0 — 2026-12-06\n\n- Pinning.\n- Releases.\n\n## 0.1.0\n\n- First.\n';

async function run(version: string, env: Record<string, string>) {
  const dir = tempDir('adopters-release-');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'adopters-bot', version }));
  writeFileSync(join(dir, 'CHANGELOG.md'), CHANGELOG);
  const output = join(dir, 'github-output');
  writeFileSync(output, '');
  const base = { PATH: process.env.PATH ?? '', GITHUB_OUTPUT: output };
  try {
    const r = await promisify(execFile)(process.execPath, [SCRIPT], { cwd: dir, env: { ...base, ...env } });
    return { code: 0, stdout: r.stdout, output: readFileSync(output, 'utf8') };
  } catch (error) {
    const e = error as { code: number; stdout: string };
    return { code: e.code, stdout: e.stdout, output: readFileSync(output, 'utf8') };
  }
}

describe('prepare-release.mjs', () => {
  it('hands the version, the tags and the changelog section to the next jobs on a pushed tag', async () => {
    const r = await run('0.2.0', { GITHUB_REF_TYPE: 'tag', GITHUB_REF_NAME: 'v0.2.0' });
    expect(r.code).toBe(0);
    const delimiter = /^notes<<(notes_[0-9a-f-]{36})$/m.exec(r.output)![1]!;
    expect(r.output).toBe(
      `version=0.2.0\ntag=v0.2.0\nmajor-tag=v0\nprerelease=false\nnotes<<${delimiter}\n- Pinning.\n- Releases.\n${delimiter}\n`,
    );
  });

  it('stops a run by hand with every problem as an error annotation, and writes no output', async () => {
    const r = await run('0.2.0', {
      GITHUB_REF_TYPE: 'branch',
      GITHUB_REF_NAME: 'main',
      DEFAULT_BRANCH: 'main',
      RELEASE_VERSION: '0.3.0',
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      '::error::package.json says 0.2.0, not 0.3.0: run `npm version 0.3.0 --no-git-tag-version`, commit package.json and package-lock.json, then release\n',
    );
    expect(r.output).toBe('');
  });

  it('refuses a version whose changelog section is not finished', async () => {
    const r = await run('0.3.0', { GITHUB_REF_TYPE: 'tag', GITHUB_REF_NAME: 'v0.3.0' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error::CHANGELOG.md: the section "0.3.0 — unreleased" is marked unreleased');
  });
});
