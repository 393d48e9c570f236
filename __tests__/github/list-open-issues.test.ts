import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../../test-support/fake-github/index.js';
import { contextFor } from '../../test-support/workflow-context.js';

// The adapter's listing (src/github/list-open-issues.ts) through createOctokit, against the fake's GraphQL.
let fake: FakeGitHub;
beforeEach(async () => {
  fake = await startFakeGitHub({ files: { 'ADOPTERS.md': '- Acme\n' } });
});
afterEach(async () => {
  fake.assertNoValidationFailures();
  await fake.close();
});

const issues = () => contextFor(fake).ports.issues;
const numbers = (list: { number: number }[]) => list.map((i) => i.number);
const open = (title: string, labels: string[], author = 'octocat') =>
  fake.repo.issues.create({ title, body: `About ${title}.`, labels, author }).number;

describe('listing the open issues of several labels', () => {
  it('lists each label in one request, as issues.get reads them, pull requests and closed issues left out', async () => {
    const submission = open('Add Hooli', ['adopter']);
    const both = open('Add and fix Globex', ['adopter', 'adopter-change', 'needs-review']);
    const change = open('Fix Initech', ['adopter-change'], 'dependabot[bot]');
    const closed = open('Add Umbrella', ['adopter']);
    fake.repo.issues.update(closed, { state: 'closed', state_reason: 'not_planned' }, 'octocat');
    fake.repo.issues.addComment(submission, 'Thanks!', 'octocat');
    fake.repo.commitFiles('adopters/issue-9', { 'ADOPTERS.md': '- Acme\n- Hooli\n' });
    const pull = fake.repo.pulls.create(
      { title: 'Add Hooli', head: 'adopters/issue-9', base: 'main' },
      { login: 'github-actions[bot]', kind: 'actions' },
    );
    fake.repo.issues.addLabels(pull.number, ['adopter']);
    fake.log.clear();

    const [submissions, changes] = await issues().listOpen(['adopter', 'adopter-change']);
    expect(fake.calls().map((c) => c.operationId)).toEqual(['graphql']);
    // An issue with both labels is in both lists; each list oldest first.
    expect(numbers(submissions!)).toEqual([submission, both]);
    expect(numbers(changes!)).toEqual([both, change]);
    // GraphQL names the bot "dependabot": the listing gives the login REST gives.
    expect(changes![1]!.author).toBe('dependabot[bot]');
    expect(submissions![0]).toMatchObject({ comments: 1, labels: ['adopter'], state: 'open', isPullRequest: false });
    for (const listed of [...submissions!, ...changes!]) expect(listed).toEqual(await issues().get(listed.number));
  });

  it('follows further pages only for the labels that have them', async () => {
    const many = Array.from({ length: 230 }, (_, i) => open(`Add company ${i}`, ['adopter']));
    const change = open('Fix Initech', ['adopter-change']);
    fake.log.clear();

    const [submissions, changes] = await issues().listOpen(['adopter', 'adopter-change']);
    expect(numbers(submissions!)).toEqual(many);
    expect(numbers(changes!)).toEqual([change]);
    const requests = fake.calls('graphql').map((c) => (c.body as { variables: Record<string, unknown> }).variables);
    // 100 + 100 + 30: the change requests' one page is asked for once.
    expect(requests.map((v) => Object.keys(v).filter((k) => k.startsWith('labels')))).toEqual([
      ['labels0', 'labels1'],
      ['labels0'],
      ['labels0'],
    ]);
    expect(requests[0]!.after0).toBeNull();
    expect(requests[1]!.after0).toEqual(expect.any(String));
  });

  it('asks nothing for no labels', async () => {
    fake.log.clear();
    expect(await issues().listOpen([])).toEqual([]);
    expect(fake.calls()).toEqual([]);
  });
});
