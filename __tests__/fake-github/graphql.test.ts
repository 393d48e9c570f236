import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from '../../test-support/fake-github/index.js';
import { octokitFor } from '../../test-support/fake-github/octokit.js';

let fake: FakeGitHub;

async function start(options: FakeGitHubOptions = {}) {
  fake = await startFakeGitHub({ files: { 'ADOPTERS.md': '- Acme\n' }, ...options });
  fake.repo.commitFiles('adopters/issue-1', { 'ADOPTERS.md': '- Acme\n- Globex\n' });
  fake.repo.pulls.create(
    { title: 'Add Globex', head: 'adopters/issue-1', base: 'main' },
    { login: 'github-actions[bot]', kind: 'actions' },
  );
}
afterEach(() => fake.close());

const client = () => octokitFor(fake).graphql;

const ENABLE = `mutation ($id: ID!, $mergeMethod: PullRequestMergeMethod!) {
  enablePullRequestAutoMerge(input: { pullRequestId: $id, mergeMethod: $mergeMethod }) {
    pullRequest { number autoMergeRequest { mergeMethod enabledBy { login } } }
  }
}`;

/** The errors of a GraphQL call that GitHub answers with 200 + `errors`. */
async function graphqlErrors(query: string, variables: Record<string, unknown>) {
  try {
    await client()(query, variables);
  } catch (error) {
    return (error as { errors?: { type?: string; message: string }[] }).errors ?? [];
  }
  return [];
}

describe('GraphQL', () => {
  beforeEach(() => start({ allowAutoMerge: true }));

  it('should answer a repository → pullRequest query with exactly the selected fields', async () => {
    const data = await client()<{ repository: { pullRequest: Record<string, unknown> } }>(
      `query ($owner: String!, $name: String!, $number: Int!) {
        repository(owner: $owner, name: $name) {
          pullRequest(number: $number) { id number state mergeStateStatus autoMergeRequest { enabledAt } }
        }
      }`,
      { owner: 'octo-org', name: 'octo-project', number: 1 },
    );
    expect(data.repository.pullRequest).toEqual({
      id: fake.repo.issues.get(1).nodeId,
      number: 1,
      state: 'OPEN',
      mergeStateStatus: 'CLEAN',
      autoMergeRequest: null,
    });
  });

  it('should refuse auto-merge on a pull request that could be merged now ("clean status")', async () => {
    const errors = await graphqlErrors(ENABLE, { id: fake.repo.issues.get(1).nodeId, mergeMethod: 'SQUASH' });
    expect(errors).toMatchObject([{ type: 'UNPROCESSABLE', message: 'Pull request is in clean status' }]);
  });

  it('should enable auto-merge on a blocked pull request and merge it once the check passes', async () => {
    fake.repo.protection.protect('main', { requiredStatusChecks: ['ci'] });
    const data = await client()<{ enablePullRequestAutoMerge: { pullRequest: unknown } }>(ENABLE, {
      id: fake.repo.issues.get(1).nodeId,
      mergeMethod: 'SQUASH',
    });
    expect(data.enablePullRequestAutoMerge.pullRequest).toEqual({
      number: 1,
      autoMergeRequest: { mergeMethod: 'SQUASH', enabledBy: { login: 'github-actions[bot]' } },
    });
    fake.repo.setCommitStatus(fake.repo.refs.branch('adopters/issue-1')!, 'ci', 'success');
    expect(fake.repo.pulls.get(1).merged).toBe(true);
    expect(fake.repo.readFile('main', 'ADOPTERS.md')).toBe('- Acme\n- Globex\n');
  });

  it('should report an unknown field the way GitHub does, without data', async () => {
    const errors = await graphqlErrors(`query { repository(owner: "octo-org", name: "octo-project") { nope } }`, {});
    expect(errors[0]?.message).toBe("Field 'nope' doesn't exist on type 'Repository'");
  });
});

describe('GraphQL when the repository does not allow auto-merge', () => {
  beforeEach(() => start({ allowAutoMerge: false }));

  it('should answer UNPROCESSABLE "Auto merge is not allowed"', async () => {
    fake.repo.protection.protect('main', { requiredApprovingReviewCount: 1 });
    const errors = await graphqlErrors(ENABLE, { id: fake.repo.issues.get(1).nodeId, mergeMethod: 'MERGE' });
    expect(errors).toMatchObject([
      { type: 'UNPROCESSABLE', message: 'Pull request Auto merge is not allowed for this repository' },
    ]);
    expect(fake.calls('graphql')).toHaveLength(1);
  });
});
