import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../../test-support/fake-github/index.js';
import { fileAdopterIssue, startAdoptersFake } from '../../test-support/harness/index.js';
import { contextFor } from '../../test-support/workflow-context.js';
import { runApproval } from '../../src/workflows/approve.js';
import { dispatch } from '../../src/workflows/dispatch.js';
import { runIntake } from '../../src/workflows/intake.js';
import { onIssueClosed, onPullClosed } from '../../src/workflows/lifecycle.js';
import { reconcile } from '../../src/workflows/reconcile.js';
import { refreshOpenPulls } from '../../src/workflows/refresh.js';

let fake: FakeGitHub;
beforeEach(async () => {
  fake = await startAdoptersFake({ collaborators: { 'maintainer-mia': 'maintain' } });
});
afterEach(async () => {
  fake.assertNoValidationFailures();
  await fake.close();
});

const orgs = [
  { name: 'Hooli', website: 'https://hooli.example.com', description: 'Search.' },
  { name: 'Pied Piper', website: 'https://piedpiper.example.com', description: 'Compression.' },
  { name: 'Bluth Company', website: 'https://bluth.example.com', description: 'Bananas.' },
];
const mia = { login: 'maintainer-mia', type: 'User' };

async function fileAll() {
  const numbers: number[] = [];
  for (const org of orgs) {
    const n = fileAdopterIssue(fake, org);
    await runIntake(contextFor(fake), n);
    numbers.push(n);
  }
  return numbers;
}

/** Every open adopter PR merges cleanly into main: its only parent is main's head. */
function expectNoStalePulls() {
  const head = fake.repo.refs.branch('main');
  for (const pull of fake.repo.pulls.list({ state: 'open' })) {
    expect(fake.repo.git.commit(pull.headSha)?.parents).toEqual([head]);
  }
}

describe('keeping adopter PRs conflict-free', () => {
  it('moves every open PR onto main after main changed, keeping each a single pure insertion', async () => {
    const [a, b] = await fileAll();
    const main = fake.repo.readFile('main', 'ADOPTERS.md')!;
    fake.repo.commitFiles('main', {
      'ADOPTERS.md': main.replace('- [Umbrella]', '- [Stark](https://stark.example.com) - Suits.\n- [Umbrella]'),
    });
    const r = await refreshOpenPulls(contextFor(fake));
    expect(r.updated).toHaveLength(3);
    expectNoStalePulls();
    expect(fake.repo.readFile(`adopters/issue-${a}`, 'ADOPTERS.md')).toContain('- [Stark]');
    expect(fake.repo.readFile(`adopters/issue-${b}`, 'ADOPTERS.md')).toContain('- [Pied Piper]');
    expect((await refreshOpenPulls(contextFor(fake))).updated).toEqual([]);
  });

  it.each([[[0, 1, 2]], [[2, 0, 1]], [[1, 2, 0]]])(
    'merges three approvals in the order %j with every entry once, in place, and no PR left conflicting',
    async (order) => {
      const numbers = await fileAll();
      for (const i of order) {
        const n = numbers[i]!;
        fake.repo.issues.addLabels(n, ['adopters: approved'], 'maintainer-mia');
        const outcome = await dispatch(contextFor(fake), 'issues', {
          action: 'labeled',
          issue: { number: n },
          label: { name: 'adopters: approved' },
          sender: mia,
        });
        expect(outcome.status).toBe('merged');
        expectNoStalePulls();
      }
      const file = fake.repo.readFile('main', 'ADOPTERS.md')!;
      const names = [...file.matchAll(/^- \[([^\]]+)\]/gm)].map((m) => m[1]);
      expect(names).toEqual(['Acme Corp', 'Bluth Company', 'Globex', 'Hooli', 'Initech', 'Pied Piper', 'Umbrella']);
      for (const n of numbers) expect(fake.repo.issues.get(n).state).toBe('closed');
    },
  );
});

describe('catching up on dropped runs', () => {
  it('processes a submission whose run never happened and an approval whose run was dropped', async () => {
    const first = fileAdopterIssue(fake, orgs[0]!);
    await runIntake(contextFor(fake), first);
    fake.repo.issues.addLabels(first, ['adopters: approved'], 'maintainer-mia');
    const second = fileAdopterIssue(fake, orgs[1]!);
    const summaries = await reconcile(contextFor(fake));
    expect(summaries.join('\n')).toContain(`#${first}`);
    expect(fake.repo.issues.get(first).state).toBe('closed');
    expect(fake.repo.pulls.list({ state: 'open' })).toHaveLength(1);
    expect(fake.repo.issues.listComments(second)).toHaveLength(1);
    expectNoStalePulls();
  });

  it('refuses the second of two pending submissions of one organization, caught up in one run', async () => {
    const first = fileAdopterIssue(fake, orgs[0]!);
    const second = fileAdopterIssue(fake, { ...orgs[0]!, description: 'Search, twice.' });
    await reconcile(contextFor(fake));
    const pulls = fake.repo.pulls.list({ state: 'all' });
    expect(pulls).toHaveLength(1);
    const proposed = pulls[0]!.head === `adopters/issue-${first}` ? first : second;
    const refused = proposed === first ? second : first;
    expect(fake.repo.issues.get(proposed).labels).toContain('adopters: pr-open');
    expect(fake.repo.issues.get(refused).labels).toContain('adopters: needs-changes');
    expect(fake.repo.issues.listComments(refused)[0]!.body).toContain('already proposed in another pull request');
  });

  it('completes a run that died after creating the branch and before opening the PR', async () => {
    const n = fileAdopterIssue(fake, orgs[0]!);
    fake.faults.crashAfter({ operationId: 'git/create-ref' }, 'fail');
    await expect(runIntake(contextFor(fake), n)).rejects.toThrow();
    fake.faults.clear();
    expect(fake.repo.branches()).toContain(`adopters/issue-${n}`);
    expect(fake.repo.pulls.list({ state: 'all' })).toEqual([]);
    await reconcile(contextFor(fake));
    expect(fake.repo.pulls.list({ state: 'all' })).toHaveLength(1);
    expect(fake.repo.issues.listComments(n)).toHaveLength(1);
    await reconcile(contextFor(fake));
    expect(fake.repo.pulls.list({ state: 'all' })).toHaveLength(1);
  });

  it('retries through a 5xx and a secondary rate limit in the middle of an approval', async () => {
    const n = fileAdopterIssue(fake, orgs[0]!);
    await runIntake(contextFor(fake), n);
    fake.repo.issues.addLabels(n, ['adopters: approved'], 'maintainer-mia');
    fake.faults.inject({ operationId: 'pulls/merge' }, { kind: 'status', status: 502 }, { times: 1 });
    fake.faults.inject(
      { operationId: 'repos/get-collaborator-permission-level' },
      { kind: 'secondary-rate-limit', retryAfter: 1 },
      { times: 1 },
    );
    expect((await runApproval(contextFor(fake), n, mia)).status).toBe('merged');
    expect(fake.repo.readFile('main', 'ADOPTERS.md')!.match(/\[Hooli\]/g)).toHaveLength(1);
  });
});

describe('the PR lifecycle', () => {
  it('closes the PR when the author closes the issue', async () => {
    const n = fileAdopterIssue(fake, orgs[0]!);
    const { pull } = await runIntake(contextFor(fake), n);
    fake.repo.issues.update(n, { state: 'closed' }, 'octocat');
    expect((await onIssueClosed(contextFor(fake), n, 'octocat')).status).toBe('withdrawn');
    expect(fake.repo.pulls.issueOf(fake.repo.pulls.get(pull!.number)).state).toBe('closed');
    expect(fake.repo.branches()).toEqual(['main']);
  });

  it('closes the issue when a person merges the PR, and refreshes the others', async () => {
    const [a] = await fileAll();
    const pr = fake.repo.pulls.list({ state: 'open', head: `octo-org:adopters/issue-${a}` })[0]!;
    fake.repo.pulls.merge(pr.number, { mergeMethod: 'merge' }, { login: 'maintainer-mia', kind: 'pat' });
    const r = await onPullClosed(
      contextFor(fake),
      { number: pr.number, headRef: `adopters/issue-${a}`, merged: true },
      'maintainer-mia',
    );
    expect(r.status).toBe('merged');
    expect(fake.repo.issues.get(a!).state).toBe('closed');
    expectNoStalePulls();
  });

  it('notes on the issue a PR a person closed without merging', async () => {
    const n = fileAdopterIssue(fake, orgs[0]!);
    const { pull } = await runIntake(contextFor(fake), n);
    fake.repo.issues.update(pull!.number, { state: 'closed' }, 'maintainer-mia');
    const r = await onPullClosed(
      contextFor(fake),
      { number: pull!.number, headRef: `adopters/issue-${n}`, merged: false },
      'maintainer-mia',
    );
    expect(r.status).toBe('pr-closed');
    expect(fake.repo.issues.get(n).labels).toContain('adopters: needs-changes');
    expect(fake.repo.issues.listComments(n)[0]!.body).toContain('closed without being merged');
  });
});

describe('pull requests that only look like the bot’s', () => {
  it('leaves the issue alone when someone else’s PR from a branch named adopters/issue-<n> is merged', async () => {
    const n = fileAdopterIssue(fake, orgs[0]!);
    await runIntake(contextFor(fake), n);
    fake.repo.commitFiles('adopters/issue-99', { 'NOTES.md': 'hello\n' }, { from: 'main' });
    const pr = fake.repo.pulls.create(
      { title: 'Notes', head: 'adopters/issue-99', base: 'main' },
      { login: 'maintainer-mia', kind: 'pat' },
    );
    // The event names the submission's branch, but the PR is a person's, not the bot's.
    const r = await onPullClosed(
      contextFor(fake),
      { number: pr.number, headRef: `adopters/issue-${n}`, merged: true },
      'maintainer-mia',
    );
    expect(r.status).toBe('ignored');
    expect(fake.repo.issues.get(n).state).toBe('open');
  });
});
