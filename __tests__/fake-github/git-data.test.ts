import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../../test-support/fake-github/index.js';
import { octokitFor } from '../../test-support/fake-github/octokit.js';

let fake: FakeGitHub;
const hasGit = (() => {
  try {
    execFileSync('git', ['--version']);
    return true;
  } catch {
    return false;
  }
})();
const repo = { owner: 'octo-org', repo: 'octo-project' };

beforeEach(async () => {
  fake = await startFakeGitHub({ files: { 'ADOPTERS.md': '# Adopters\n\n- Acme\n', 'docs/guide.md': 'guide\n' } });
});
afterEach(() => fake.close());

const statusOf = (call: Promise<unknown>) =>
  call.then(
    () => 200,
    (e: { status: number; response?: { data?: { message?: string } } }) => `${e.status} ${e.response?.data?.message}`,
  );

/** Commits `content` as ADOPTERS.md on top of `parent` through the Git Data API; returns the commit sha. */
async function commitAdopters(parent: string, content: string): Promise<string> {
  const gh = octokitFor(fake);
  const { data: parentCommit } = await gh.rest.git.getCommit({ ...repo, commit_sha: parent });
  const { data: tree } = await gh.rest.git.createTree({
    ...repo,
    base_tree: parentCommit.tree.sha,
    tree: [{ path: 'ADOPTERS.md', mode: '100644', type: 'blob', content }],
  });
  const { data: commit } = await gh.rest.git.createCommit({
    ...repo,
    message: 'edit',
    tree: tree.sha,
    parents: [parent],
  });
  return commit.sha;
}

describe('git objects', () => {
  it('should compute blob shas exactly as git does', async () => {
    const { data } = await octokitFor(fake).rest.git.createBlob({ ...repo, content: 'hello\n' });
    expect(data.sha).toBe('ce013625030ba8dba906f756967f9e9ca394464a'); // `echo hello | git hash-object --stdin`
  });

  it.skipIf(!hasGit)('should compute tree and commit shas exactly as git does', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fake-git-'));
    try {
      const git = (args: string[], env: Record<string, string> = {}) =>
        execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', env: { ...process.env, ...env } }).trim();
      git(['init', '-q']);
      mkdirSync(path.join(dir, 'docs'));
      writeFileSync(path.join(dir, 'ADOPTERS.md'), '# Adopters\n\n- Acme\n');
      writeFileSync(path.join(dir, 'docs/guide.md'), 'guide\n');
      git(['add', '.']);
      const tree = git(['write-tree']);
      expect(fake.repo.git.commit(fake.repo.refs.branch('main')!)!.tree).toBe(tree);

      const who = { name: 'Mona', email: 'mona@example.com', date: '2026-01-05T10:00:00Z' };
      const { data } = await octokitFor(fake).rest.git.createCommit({
        ...repo,
        message: 'seed\n',
        tree,
        parents: [],
        author: who,
        committer: who,
      });
      const stamp = `${Date.parse(who.date) / 1000} +0000`;
      const expected = git(['commit-tree', tree, '-m', 'seed'], {
        GIT_AUTHOR_NAME: who.name,
        GIT_AUTHOR_EMAIL: who.email,
        GIT_AUTHOR_DATE: stamp,
        GIT_COMMITTER_NAME: who.name,
        GIT_COMMITTER_EMAIL: who.email,
        GIT_COMMITTER_DATE: stamp,
      });
      expect(data.sha).toBe(expected);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('should build nested trees from paths, keep base_tree files, and delete with sha: null', async () => {
    const gh = octokitFor(fake);
    const main = fake.repo.refs.branch('main')!;
    const baseTree = fake.repo.git.commit(main)!.tree;
    const { data: tree } = await gh.rest.git.createTree({
      ...repo,
      base_tree: baseTree,
      tree: [
        { path: '.github/ISSUE_TEMPLATE/adopter.yml', mode: '100644', type: 'blob', content: 'name: x\n' },
        { path: 'docs/guide.md', mode: '100644', type: 'blob', sha: null },
      ],
    });
    const { data: listing } = await gh.rest.git.getTree({ ...repo, tree_sha: tree.sha, recursive: 'true' });
    expect(listing.tree.map((e) => `${e.type} ${e.path}`)).toEqual([
      'tree .github',
      'tree .github/ISSUE_TEMPLATE',
      'blob .github/ISSUE_TEMPLATE/adopter.yml',
      'blob ADOPTERS.md',
    ]);
  });

  it('should refuse a tree entry with both sha and content, and a commit on an unknown tree', async () => {
    const gh = octokitFor(fake);
    const both = gh.rest.git.createTree({
      ...repo,
      tree: [
        { path: 'a', mode: '100644', type: 'blob', content: 'x', sha: 'ce013625030ba8dba906f756967f9e9ca394464a' },
      ],
    });
    expect(await statusOf(both)).toMatch(/^422 Must supply either tree.sha or tree.content/);
    const orphan = gh.rest.git.createCommit({ ...repo, message: 'm', tree: '0'.repeat(40), parents: [] });
    expect(await statusOf(orphan)).toBe('422 Tree SHA does not exist');
  });
});

describe('refs', () => {
  it('should create, fast-forward, force-update and delete a branch like GitHub', async () => {
    const gh = octokitFor(fake);
    const main = fake.repo.refs.branch('main')!;
    await gh.rest.git.createRef({ ...repo, ref: 'refs/heads/adopters/issue-1', sha: main });
    expect(await statusOf(gh.rest.git.createRef({ ...repo, ref: 'refs/heads/adopters/issue-1', sha: main }))).toBe(
      '422 Reference already exists',
    );
    const next = await commitAdopters(main, '# Adopters\n\n- Acme\n- Beta\n');
    await gh.rest.git.updateRef({ ...repo, ref: 'heads/adopters/issue-1', sha: next });
    const sibling = await commitAdopters(main, '# Adopters\n\n- Acme\n- Gamma\n');
    expect(await statusOf(gh.rest.git.updateRef({ ...repo, ref: 'heads/adopters/issue-1', sha: sibling }))).toBe(
      '422 Update is not a fast forward',
    );
    await gh.rest.git.updateRef({ ...repo, ref: 'heads/adopters/issue-1', sha: sibling, force: true });
    expect(fake.repo.refs.branch('adopters/issue-1')).toBe(sibling);
    await gh.rest.git.deleteRef({ ...repo, ref: 'heads/adopters/issue-1' });
    expect(await statusOf(gh.rest.git.getRef({ ...repo, ref: 'heads/adopters/issue-1' }))).toBe('404 Not Found');
    expect(await statusOf(gh.rest.git.deleteRef({ ...repo, ref: 'heads/adopters/issue-1' }))).toBe(
      '422 Reference does not exist',
    );
    fake.assertNoValidationFailures();
  });

  it('should list matching refs by prefix', async () => {
    const main = fake.repo.refs.branch('main')!;
    for (const n of [2, 1]) fake.repo.refs.set(`heads/adopters/issue-${n}`, main);
    const { data } = await octokitFor(fake).rest.git.listMatchingRefs({ ...repo, ref: 'heads/adopters/' });
    expect(data.map((r) => r.ref)).toEqual(['refs/heads/adopters/issue-1', 'refs/heads/adopters/issue-2']);
  });

  it('should refuse a force push and a deletion that a ruleset forbids', async () => {
    const gh = octokitFor(fake);
    fake.repo.protection.addRuleset({
      name: 'guard',
      branches: ['release'],
      rules: [{ type: 'non_fast_forward' }, { type: 'deletion' }],
    });
    const main = fake.repo.refs.branch('main')!;
    fake.repo.refs.set('heads/release', await commitAdopters(main, 'x\n'));
    const rewrite = gh.rest.git.updateRef({ ...repo, ref: 'heads/release', sha: main, force: true });
    expect(await statusOf(rewrite)).toMatch(/^422 Repository rule violations found/);
    expect(await statusOf(gh.rest.git.deleteRef({ ...repo, ref: 'heads/release' }))).toMatch(
      /Cannot delete this branch/,
    );
  });
});

describe('contents', () => {
  it('should serve a file at a branch, at a commit sha, and 404 when missing', async () => {
    const gh = octokitFor(fake);
    const main = fake.repo.refs.branch('main')!;
    const next = await commitAdopters(main, '# Adopters\n\n- Acme\n- Beta\n');
    fake.repo.refs.set('heads/adopters/issue-7', next);
    const read = async (ref?: string) => {
      const { data } = await gh.rest.repos.getContent({ ...repo, path: 'ADOPTERS.md', ...(ref ? { ref } : {}) });
      if (Array.isArray(data) || data.type !== 'file') throw new Error('expected a file');
      return { text: Buffer.from(data.content, 'base64').toString('utf8'), sha: data.sha, encoding: data.encoding };
    };
    expect((await read()).text).toBe('# Adopters\n\n- Acme\n');
    expect((await read('adopters/issue-7')).text).toContain('- Beta');
    expect((await read(main)).text).toBe('# Adopters\n\n- Acme\n');
    const blobSha = fake.repo.git.findPath(fake.repo.git.commit(next)!.tree, 'ADOPTERS.md')!.sha;
    expect((await read('adopters/issue-7')).sha).toBe(blobSha);
    expect(await statusOf(gh.rest.repos.getContent({ ...repo, path: 'MISSING.md' }))).toBe('404 Not Found');
    expect(await statusOf(gh.rest.repos.getContent({ ...repo, path: 'ADOPTERS.md', ref: 'nope' }))).toMatch(/^404/);
  });

  it('should list a directory as an array', async () => {
    const { data } = await octokitFor(fake).rest.repos.getContent({ ...repo, path: 'docs' });
    expect(Array.isArray(data) && data.map((e) => [e.type, e.path])).toEqual([['file', 'docs/guide.md']]);
    fake.assertNoValidationFailures();
  });
});
