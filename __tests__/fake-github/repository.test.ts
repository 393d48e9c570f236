import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../../test-support/fake-github/index.js';
import { octokitFor } from '../../test-support/fake-github/octokit.js';

let fake: FakeGitHub;
const repo = { owner: 'octo-org', repo: 'octo-project' };

beforeEach(async () => {
  fake = await startFakeGitHub({ allowMergeCommit: false, allowAutoMerge: true, deleteBranchOnMerge: true });
});
afterEach(() => fake.close());

describe('repository settings', () => {
  it('should report the merge settings, default branch and the token’s permissions in repos/get', async () => {
    const { data } = await octokitFor(fake).rest.repos.get(repo);
    expect(data).toMatchObject({
      full_name: 'octo-org/octo-project',
      default_branch: 'main',
      allow_merge_commit: false,
      allow_squash_merge: true,
      allow_rebase_merge: true,
      allow_auto_merge: true,
      delete_branch_on_merge: true,
      permissions: { push: true, admin: false },
    });
  });

  it('should report the default workflow permissions and whether Actions may create pull requests', async () => {
    fake.repo.settings.actionsCanCreatePullRequests = false;
    fake.repo.settings.defaultWorkflowPermissions = 'write';
    const { data } = await octokitFor(fake).rest.actions.getGithubActionsDefaultWorkflowPermissionsRepository(repo);
    expect(data).toEqual({ default_workflow_permissions: 'write', can_approve_pull_request_reviews: false });
  });
});

describe('collaborator permissions', () => {
  beforeEach(() => {
    const people = fake.repo.people;
    people.add('reader-rae', { role: 'read' });
    people.add('triager-tom', { role: 'triage' });
    people.add('writer-wes', { role: 'write' });
    people.add('maintainer-mia', { role: 'maintain' });
    people.add('admin-ada', { role: 'admin' });
    people.add('reviewer-rob', { role: 'write', roleName: 'security-reviewer' });
    people.add('stranger-sam');
  });

  it.each([
    ['reader-rae', 'read', 'read', { admin: false, maintain: false, push: false, triage: false, pull: true }],
    ['triager-tom', 'read', 'triage', { admin: false, maintain: false, push: false, triage: true, pull: true }],
    ['writer-wes', 'write', 'write', { admin: false, maintain: false, push: true, triage: true, pull: true }],
    ['maintainer-mia', 'write', 'maintain', { admin: false, maintain: true, push: true, triage: true, pull: true }],
    ['admin-ada', 'admin', 'admin', { admin: true, maintain: true, push: true, triage: true, pull: true }],
    [
      'reviewer-rob',
      'write',
      'security-reviewer',
      { admin: false, maintain: false, push: true, triage: true, pull: true },
    ],
    ['stranger-sam', 'read', 'read', { admin: false, maintain: false, push: false, triage: false, pull: true }],
  ])('should report %s as permission %s, role_name %s', async (username, permission, roleName, permissions) => {
    const { data } = await octokitFor(fake).rest.repos.getCollaboratorPermissionLevel({ ...repo, username });
    expect(data).toMatchObject({ permission, role_name: roleName, user: { login: username, permissions } });
  });

  it('should answer 404 for a user that does not exist', async () => {
    const call = octokitFor(fake).rest.repos.getCollaboratorPermissionLevel({ ...repo, username: 'ghost-user' });
    await expect(call).rejects.toMatchObject({ status: 404 });
    fake.assertNoValidationFailures();
  });
});

describe('branches, protection and rules', () => {
  it('should answer 404 "Branch not protected" until protection is configured', async () => {
    const gh = octokitFor(fake);
    await expect(gh.rest.repos.getBranchProtection({ ...repo, branch: 'main' })).rejects.toMatchObject({
      status: 404,
      response: { data: { message: 'Branch not protected' } },
    });
    fake.repo.protection.protect('main', { requiredStatusChecks: ['ci'], requiredApprovingReviewCount: 2 });
    const { data } = await gh.rest.repos.getBranchProtection({ ...repo, branch: 'main' });
    expect(data.required_status_checks?.contexts).toEqual(['ci']);
    expect(data.required_pull_request_reviews?.required_approving_review_count).toBe(2);
    const { data: branch } = await gh.rest.repos.getBranch({ ...repo, branch: 'main' });
    expect([branch.protected, branch.commit.sha]).toEqual([true, fake.repo.refs.branch('main')]);
  });

  it('should list the rules of rulesets that target the branch', async () => {
    fake.repo.protection.addRuleset({
      name: 'reviews',
      rules: [{ type: 'pull_request', requiredApprovingReviewCount: 1 }],
    });
    fake.repo.protection.addRuleset({ name: 'other', branches: ['release'], rules: [{ type: 'deletion' }] });
    const { data } = await octokitFor(fake).rest.repos.getBranchRules({ ...repo, branch: 'main' });
    expect(data).toMatchObject([{ type: 'pull_request', parameters: { required_approving_review_count: 1 } }]);
    await expect(octokitFor(fake).rest.repos.getBranch({ ...repo, branch: 'nope' })).rejects.toMatchObject({
      status: 404,
    });
  });
});
