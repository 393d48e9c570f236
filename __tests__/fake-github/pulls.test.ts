import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from '../../test-support/fake-github/index.js';
import { octokitFor } from '../../test-support/fake-github/octokit.js';

let fake: FakeGitHub;
const repo = { owner: 'octo-org', repo: 'octo-project' };
const ADOPTERS = '# Adopters\n\n- Acme\n- Globex\n';

async function restart(options: FakeGitHubOptions = {}) {
  await fake.close();
  fake = await startFakeGitHub({ files: { 'ADOPTERS.md': ADOPTERS, 'README.md': 'readme\n' }, ...options });
}

beforeEach(async () => {
  fake = await startFakeGitHub({ files: { 'ADOPTERS.md': ADOPTERS, 'README.md': 'readme\n' } });
});
afterEach(() => fake.close());

const statusOf = (call: Promise<unknown>) =>
  call.then(
    () => 'ok',
    (e: { status: number; response?: { data?: { message?: string; errors?: { message?: string }[] } } }) =>
      `${e.status} ${e.response?.data?.errors?.[0]?.message ?? e.response?.data?.message}`,
  );

/** A branch with one commit adding `line` to ADOPTERS.md, and an open PR for it; returns the PR number. */
async function openAdopterPr(branch: string, line: string, body = ''): Promise<number> {
  fake.repo.commitFiles(branch, { 'ADOPTERS.md': `${ADOPTERS}${line}\n` });
  const { data } = await octokitFor(fake).rest.pulls.create({
    ...repo,
    title: `Add ${line}`,
    head: `octo-org:${branch}`,
    base: 'main',
    body,
  });
  return data.number;
}

describe('creating pull requests', () => {
  it('should refuse a second open pull request for the same head', async () => {
    await openAdopterPr('adopters/issue-1', '- Initech');
    const again = octokitFor(fake).rest.pulls.create({
      ...repo,
      title: 'x',
      head: 'octo-org:adopters/issue-1',
      base: 'main',
    });
    expect(await statusOf(again)).toBe('422 A pull request already exists for octo-org:adopters/issue-1.');
  });

  it('should refuse a missing head branch and a head with no commits over the base', async () => {
    const gh = octokitFor(fake);
    expect(await statusOf(gh.rest.pulls.create({ ...repo, title: 'x', head: 'nope', base: 'main' }))).toMatch(/^422/);
    fake.repo.refs.set('heads/empty', fake.repo.refs.branch('main')!);
    expect(await statusOf(gh.rest.pulls.create({ ...repo, title: 'x', head: 'empty', base: 'main' }))).toBe(
      '422 No commits between main and empty',
    );
  });

  it('should answer 403 when GitHub Actions may not create pull requests, but not for an app token', async () => {
    await restart({ actionsCanCreatePullRequests: false });
    fake.repo.commitFiles('adopters/issue-1', { 'ADOPTERS.md': `${ADOPTERS}- Initech\n` });
    const create = (token?: string) =>
      octokitFor(fake, token).rest.pulls.create({ ...repo, title: 'x', head: 'adopters/issue-1', base: 'main' });
    expect(await statusOf(create())).toBe('403 GitHub Actions is not permitted to create or approve pull requests.');
    fake.repo.people.addToken('ghs_app', { login: 'adopters-app[bot]', kind: 'app' });
    expect(await statusOf(create('ghs_app'))).toBe('ok');
  });

  it('should show the pull request as an issue with a pull_request key', async () => {
    const number = await openAdopterPr('adopters/issue-1', '- Initech');
    const { data } = await octokitFor(fake).rest.issues.get({ ...repo, issue_number: number });
    expect(data.pull_request?.url).toContain(`/pulls/${number}`);
    const { data: all } = await octokitFor(fake).rest.issues.listForRepo(repo);
    expect(all.map((i) => i.number)).toContain(number);
  });
});

describe('listing and reading pull requests', () => {
  it('should filter by head=owner:branch and state, and ignore a head without owner as GitHub does', async () => {
    const one = await openAdopterPr('adopters/issue-1', '- Initech');
    const two = await openAdopterPr('adopters/issue-2', '- Umbrella');
    const gh = octokitFor(fake);
    await gh.rest.pulls.update({ ...repo, pull_number: two, state: 'closed' });
    const numbers = async (query: Record<string, string>) =>
      (await gh.rest.pulls.list({ ...repo, ...query })).data.map((p) => p.number);
    expect(await numbers({ head: 'octo-org:adopters/issue-1' })).toEqual([one]);
    expect(await numbers({ head: 'octo-org:adopters/issue-2' })).toEqual([]);
    expect(await numbers({ head: 'octo-org:adopters/issue-2', state: 'closed' })).toEqual([two]);
    expect(await numbers({ head: 'adopters/issue-2', state: 'all' })).toEqual([two, one]);
  });

  it('should report head/base shas and mergeability, null until computed when a delay is set', async () => {
    await restart({ mergeabilityDelay: 1 });
    const number = await openAdopterPr('adopters/issue-1', '- Initech');
    const gh = octokitFor(fake);
    const first = (await gh.rest.pulls.get({ ...repo, pull_number: number })).data;
    expect([first.mergeable, first.mergeable_state]).toEqual([null, 'unknown']);
    const second = (await gh.rest.pulls.get({ ...repo, pull_number: number })).data;
    expect([second.mergeable, second.mergeable_state]).toEqual([true, 'clean']);
    expect(second.head.sha).toBe(fake.repo.refs.branch('adopters/issue-1'));
    expect(second.base.sha).toBe(fake.repo.refs.branch('main'));
    expect(second.node_id).toMatch(/^PR_/);
    expect([second.commits, second.additions, second.deletions, second.changed_files]).toEqual([1, 1, 0, 1]);
  });

  it('should list the changed files with a unified patch', async () => {
    const number = await openAdopterPr('adopters/issue-1', '- Initech');
    const { data } = await octokitFor(fake).rest.pulls.listFiles({ ...repo, pull_number: number });
    expect(data).toMatchObject([{ filename: 'ADOPTERS.md', status: 'modified', additions: 1, deletions: 0 }]);
    expect(data[0]!.patch).toContain('+- Initech');
  });
});

describe('merging pull requests', () => {
  it('should merge, put the merge commit on the base with the head’s tree, and close "Closes #n" issues', async () => {
    const gh = octokitFor(fake);
    const issue = (await gh.rest.issues.create({ ...repo, title: 'Adopter: Initech' })).data.number;
    const number = await openAdopterPr('adopters/issue-1', '- Initech', `Closes #${issue}`);
    const head = fake.repo.refs.branch('adopters/issue-1')!;
    const { data } = await gh.rest.pulls.merge({ ...repo, pull_number: number, sha: head, merge_method: 'squash' });
    expect(data).toMatchObject({ merged: true, message: 'Pull Request successfully merged' });
    expect(fake.repo.refs.branch('main')).toBe(data.sha);
    expect(fake.repo.git.commit(data.sha)!.tree).toBe(fake.repo.git.commit(head)!.tree);
    expect(fake.repo.readFile('main', 'ADOPTERS.md')).toContain('- Initech');
    const pr = (await gh.rest.pulls.get({ ...repo, pull_number: number })).data;
    expect([pr.state, pr.merged, pr.merge_commit_sha, pr.merged_by?.login]).toEqual([
      'closed',
      true,
      data.sha,
      'github-actions[bot]',
    ]);
    const closed = (await gh.rest.issues.get({ ...repo, issue_number: issue })).data;
    expect([closed.state, closed.state_reason]).toEqual(['closed', 'completed']);
    expect(fake.repo.branches()).toContain('adopters/issue-1');
    fake.assertNoValidationFailures();
  });

  it('should answer 409 when the given sha is not the head any more', async () => {
    const number = await openAdopterPr('adopters/issue-1', '- Initech');
    const stale = fake.repo.refs.branch('adopters/issue-1')!;
    fake.repo.commitFiles('adopters/issue-1', { 'ADOPTERS.md': `${ADOPTERS}- Initech Inc\n` });
    const merge = octokitFor(fake).rest.pulls.merge({ ...repo, pull_number: number, sha: stale });
    expect(await statusOf(merge)).toBe('409 Head branch was modified. Review and try the merge again.');
  });

  it('should answer 405 for a pull request that conflicts with the base', async () => {
    const first = await openAdopterPr('adopters/issue-1', '- Initech');
    const second = await openAdopterPr('adopters/issue-2', '- Umbrella');
    const gh = octokitFor(fake);
    await gh.rest.pulls.merge({ ...repo, pull_number: first });
    const pr = (await gh.rest.pulls.get({ ...repo, pull_number: second })).data;
    expect([pr.mergeable, pr.mergeable_state]).toEqual([false, 'dirty']);
    expect(await statusOf(gh.rest.pulls.merge({ ...repo, pull_number: second }))).toBe(
      '405 Pull Request is not mergeable',
    );
  });

  it('should merge cleanly when base and head changed different files', async () => {
    const number = await openAdopterPr('adopters/issue-1', '- Initech');
    fake.repo.commitFiles('main', { 'README.md': 'readme v2\n' });
    const { data } = await octokitFor(fake).rest.pulls.merge({ ...repo, pull_number: number, merge_method: 'merge' });
    expect(fake.repo.git.commit(data.sha)!.parents).toHaveLength(2);
    expect(fake.repo.readFile('main', 'README.md')).toBe('readme v2\n');
    expect(fake.repo.readFile('main', 'ADOPTERS.md')).toContain('- Initech');
  });

  it('should answer 405 for a merge method the repository does not allow', async () => {
    await restart({ allowMergeCommit: false, allowRebaseMerge: false });
    const number = await openAdopterPr('adopters/issue-1', '- Initech');
    const gh = octokitFor(fake);
    expect(await statusOf(gh.rest.pulls.merge({ ...repo, pull_number: number }))).toBe(
      '405 Merge commits are not allowed on this repository.',
    );
    expect(await statusOf(gh.rest.pulls.merge({ ...repo, pull_number: number, merge_method: 'rebase' }))).toBe(
      '405 Rebase merges are not allowed on this repository.',
    );
    expect(await statusOf(gh.rest.pulls.merge({ ...repo, pull_number: number, merge_method: 'squash' }))).toBe('ok');
  });

  it('should answer 405 while a required check or review is missing, then merge once they are there', async () => {
    fake.repo.protection.protect('main', { requiredStatusChecks: ['ci'], requiredApprovingReviewCount: 1 });
    const number = await openAdopterPr('adopters/issue-1', '- Initech');
    const gh = octokitFor(fake);
    expect(await statusOf(gh.rest.pulls.merge({ ...repo, pull_number: number }))).toBe(
      '405 At least 1 approving review is required by reviewers with write access.',
    );
    fake.repo.pulls.approve(number, 'maintainer-mia');
    expect(await statusOf(gh.rest.pulls.merge({ ...repo, pull_number: number }))).toBe(
      '405 Required status check "ci" is expected.',
    );
    expect((await gh.rest.pulls.get({ ...repo, pull_number: number })).data.mergeable_state).toBe('blocked');
    fake.repo.setCommitStatus(fake.repo.refs.branch('adopters/issue-1')!, 'ci', 'success');
    expect(await statusOf(gh.rest.pulls.merge({ ...repo, pull_number: number }))).toBe('ok');
  });

  it('should answer 405 with "Repository rule violations found" for a ruleset', async () => {
    fake.repo.protection.addRuleset({ name: 'main', rules: [{ type: 'required_status_checks', contexts: ['build'] }] });
    const number = await openAdopterPr('adopters/issue-1', '- Initech');
    const merge = octokitFor(fake).rest.pulls.merge({ ...repo, pull_number: number });
    expect(await statusOf(merge)).toMatch(
      /^405 Repository rule violations found\n\nRequired status check "build" is expected/,
    );
    const { data: rules } = await octokitFor(fake).rest.repos.getBranchRules({ ...repo, branch: 'main' });
    expect(rules).toMatchObject([{ type: 'required_status_checks', ruleset_source_type: 'Repository' }]);
  });

  it('should delete the head branch on merge when the repository says so', async () => {
    await restart({ deleteBranchOnMerge: true });
    const number = await openAdopterPr('adopters/issue-1', '- Initech');
    await octokitFor(fake).rest.pulls.merge({ ...repo, pull_number: number, merge_method: 'rebase' });
    expect(fake.repo.branches()).toEqual(['main']);
    expect(fake.repo.readFile('main', 'ADOPTERS.md')).toContain('- Initech');
  });
});

describe('updating pull requests', () => {
  it('should close and reopen, refuse reopening once the head branch is gone, and close on head deletion', async () => {
    const number = await openAdopterPr('adopters/issue-1', '- Initech');
    const gh = octokitFor(fake);
    await gh.rest.pulls.update({ ...repo, pull_number: number, state: 'closed', title: 'Renamed' });
    await gh.rest.pulls.update({ ...repo, pull_number: number, state: 'open' });
    await gh.rest.git.deleteRef({ ...repo, ref: 'heads/adopters/issue-1' });
    const pr = (await gh.rest.pulls.get({ ...repo, pull_number: number })).data;
    expect([pr.title, pr.state]).toEqual(['Renamed', 'closed']);
    expect(await statusOf(gh.rest.pulls.update({ ...repo, pull_number: number, state: 'open' }))).toBe(
      '422 state cannot be changed. The adopters/issue-1 branch has been deleted.',
    );
  });
});
