import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listOperationIds, startFakeGitHub, type FakeGitHub } from '../../test-support/fake-github/index.js';
import { octokitFor } from '../../test-support/fake-github/octokit.js';

let fake: FakeGitHub;
const repo = { owner: 'octo-org', repo: 'octo-project' };

beforeAll(async () => {
  fake = await startFakeGitHub({
    files: { 'ADOPTERS.md': '# Adopters\n\n- Acme\n', '.github/ISSUE_TEMPLATE/adopter.yml': 'name: Add an adopter\n' },
    allowAutoMerge: true,
  });
  fake.repo.people.add('maintainer-mia', { role: 'maintain' });
});
afterAll(() => fake.close());

describe('a whole submission, from issue to merged pull request, through every operation', () => {
  it('should answer every call with a response that validates against GitHub’s description', async () => {
    const gh = octokitFor(fake);
    // doctor
    await gh.rest.repos.get(repo);
    await gh.rest.actions.getGithubActionsDefaultWorkflowPermissionsRepository(repo);
    await gh.rest.repos.getBranch({ ...repo, branch: 'main' });
    await gh.rest.repos.getBranchProtection({ ...repo, branch: 'main' }).catch(() => undefined);
    await gh.rest.repos.getBranchRules({ ...repo, branch: 'main' });
    await gh.rest.rateLimit.get();
    await gh.rest.issues.listLabelsForRepo(repo);
    await gh.rest.issues.createLabel({ ...repo, name: 'adopters: pr-open', color: '1d76db' });
    await gh.rest.issues.getLabel({ ...repo, name: 'adopters: pr-open' });

    // intake
    const issue = (await gh.rest.issues.create({ ...repo, title: 'Adopter: Hooli', body: '### Organization name' }))
      .data;
    await gh.rest.issues.get({ ...repo, issue_number: issue.number });
    await gh.rest.repos.getContent({ ...repo, path: '.github/ISSUE_TEMPLATE/adopter.yml' });
    const file = (await gh.rest.repos.getContent({ ...repo, path: 'ADOPTERS.md' })).data;
    const main = (await gh.rest.git.getRef({ ...repo, ref: 'heads/main' })).data.object.sha;
    const base = (await gh.rest.git.getCommit({ ...repo, commit_sha: main })).data;
    await gh.rest.git.getTree({ ...repo, tree_sha: base.tree.sha });
    if (!Array.isArray(file) && file.type === 'file') await gh.rest.git.getBlob({ ...repo, file_sha: file.sha });
    const blob = (await gh.rest.git.createBlob({ ...repo, content: '# Adopters\n\n- Acme\n- Hooli\n' })).data;
    const tree = (
      await gh.rest.git.createTree({
        ...repo,
        base_tree: base.tree.sha,
        tree: [{ path: 'ADOPTERS.md', mode: '100644', type: 'blob', sha: blob.sha }],
      })
    ).data;
    const commit = (await gh.rest.git.createCommit({ ...repo, message: 'Add Hooli', tree: tree.sha, parents: [main] }))
      .data;
    await gh.rest.git.createRef({ ...repo, ref: 'refs/heads/adopters/issue-1', sha: commit.sha });
    await gh.rest.git.listMatchingRefs({ ...repo, ref: 'heads/adopters/' });
    await gh.rest.pulls.list({ ...repo, head: 'octo-org:adopters/issue-1' });
    const pr = (
      await gh.rest.pulls.create({
        ...repo,
        title: 'Add Hooli',
        head: 'adopters/issue-1',
        base: 'main',
        body: 'Closes #1',
      })
    ).data;
    await gh.rest.pulls.update({ ...repo, pull_number: pr.number, body: 'Closes #1\n\nPreview' });
    await gh.rest.pulls.listFiles({ ...repo, pull_number: pr.number });
    // the check of hand-made pull requests: the merge base of the pull request
    await gh.rest.repos.compareCommits({ ...repo, base: 'main', head: pr.head.sha });
    const comment = (await gh.rest.issues.createComment({ ...repo, issue_number: 1, body: '<!-- bot -->' })).data;
    await gh.rest.issues.updateComment({ ...repo, comment_id: comment.id, body: '<!-- bot --> v2' });
    await gh.rest.issues.getComment({ ...repo, comment_id: comment.id });
    await gh.rest.issues.listComments({ ...repo, issue_number: 1 });
    await gh.rest.issues.addLabels({ ...repo, issue_number: 1, labels: ['adopters: pr-open'] });
    await gh.rest.issues.setLabels({ ...repo, issue_number: 1, labels: ['adopters: pr-open', 'adopter'] });
    await gh.rest.issues.removeLabel({ ...repo, issue_number: 1, name: 'adopter' });
    await gh.rest.issues.listLabelsOnIssue({ ...repo, issue_number: 1 });
    await gh.rest.issues.listEvents({ ...repo, issue_number: 1 });

    // approval
    await gh.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: 'maintainer-mia' });
    await gh.rest.pulls.get({ ...repo, pull_number: pr.number });
    await gh.rest.git.updateRef({ ...repo, ref: 'heads/adopters/issue-1', sha: commit.sha, force: true });
    await gh.rest.pulls.merge({ ...repo, pull_number: pr.number, sha: commit.sha, merge_method: 'squash' });
    await gh.rest.git.deleteRef({ ...repo, ref: 'heads/adopters/issue-1' });
    await gh.rest.issues.update({ ...repo, issue_number: 1, state: 'closed', state_reason: 'completed' });

    // link report
    await gh.rest.issues.listForRepo({ ...repo, labels: 'adopters: links', state: 'all' });

    const served = new Set(fake.calls().map((c) => c.operationId));
    expect(listOperationIds().filter((id) => !served.has(id))).toEqual([]);
    expect(fake.calls().filter((c) => c.responseErrors.length)).toEqual([]);
    fake.assertNoValidationFailures();
    expect(fake.repo.readFile('main', 'ADOPTERS.md')).toBe('# Adopters\n\n- Acme\n- Hooli\n');
    expect(fake.repo.issues.get(1).state).toBe('closed');
  });
});
