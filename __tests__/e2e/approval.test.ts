import { afterEach, beforeEach, expect, it } from 'vitest';
import type { FakeGitHub } from '../../test-support/fake-github/index.js';
import { fileAdopterIssue, runAction, startAdoptersFake, webhookEvents } from '../../test-support/harness/index.js';

// Approval, rejection, the PR lifecycle and refresh, run as the runner runs the bundled action.
let fake: FakeGitHub;
beforeEach(async () => {
  fake = await startAdoptersFake({ collaborators: { 'maintainer-mia': 'maintain', 'triager-tom': 'triage' } });
});
afterEach(async () => {
  fake.assertNoValidationFailures();
  await fake.close();
});

const hooli = { name: 'Hooli', website: 'https://hooli.example.com', description: 'Runs its search on it.' };
const mia = { login: 'maintainer-mia', type: 'User' as const };

async function opened(answers = hooli) {
  const number = fileAdopterIssue(fake, answers);
  const run = await runAction({ fake, ...webhookEvents(fake).issues('opened', { number }) });
  expect(run.outputs.status).toBe('pr-created');
  return { number, pr: Number(run.outputs['pr-number']) };
}

it('merges on an approval label added to the issue, and a re-delivered event changes nothing', async () => {
  const { number, pr } = await opened();
  fake.repo.issues.addLabels(number, ['adopters: approved'], 'maintainer-mia');
  const event = webhookEvents(fake).issues('labeled', { number, label: 'adopters: approved', sender: mia });
  const run = await runAction({ fake, ...event });
  expect(run.code, run.stdout).toBe(0);
  expect(run.outputs).toMatchObject({ status: 'merged', 'pr-number': String(pr) });
  expect(fake.repo.readFile('main', 'ADOPTERS.md')).toContain('- [Hooli](https://hooli.example.com)');
  expect(fake.repo.issues.get(number).state).toBe('closed');
  fake.log.clear();
  const again = await runAction({ fake, ...event });
  expect(again.outputs.status).toBe('ignored');
  expect(fake.writes()).toEqual([]);
});

it('merges on an approval label added to the pull request', async () => {
  const { number, pr } = await opened();
  fake.repo.issues.addLabels(pr, ['adopters: approved'], 'maintainer-mia');
  const run = await runAction({
    fake,
    ...webhookEvents(fake).pullRequest('labeled', { number: pr, label: 'adopters: approved', sender: mia }),
  });
  expect(run.outputs.status).toBe('merged');
  expect(fake.repo.issues.get(number).state).toBe('closed');
});

it('refuses an approval by a triager and explains the policy', async () => {
  const { number, pr } = await opened();
  fake.repo.issues.addLabels(number, ['adopters: approved'], 'triager-tom');
  const run = await runAction({
    fake,
    ...webhookEvents(fake).issues('labeled', { number, label: 'adopters: approved', sender: 'triager-tom' }),
  });
  expect(run.outputs.status).toBe('unauthorized');
  expect(fake.repo.pulls.get(pr).merged).toBe(false);
  expect(fake.repo.issues.get(number).labels).not.toContain('adopters: approved');
});

it('closes the issue when a maintainer merges the PR by hand', async () => {
  const { number, pr } = await opened();
  fake.repo.pulls.merge(pr, { mergeMethod: 'squash' }, { login: 'maintainer-mia', kind: 'pat' });
  const run = await runAction({
    fake,
    ...webhookEvents(fake).pullRequest('closed', { number: pr, merged: true, sender: mia }),
  });
  expect(run.code).toBe(0);
  expect(fake.repo.issues.get(number).state).toBe('closed');
});

it('moves open PRs onto main after a push that changed the adopters file', async () => {
  const { number } = await opened();
  const main = fake.repo.readFile('main', 'ADOPTERS.md')!;
  fake.repo.commitFiles('main', {
    'ADOPTERS.md': main.replace('- [Umbrella]', '- [Stark](https://stark.example.com) - Suits.\n- [Umbrella]'),
  });
  const run = await runAction({ fake, ...webhookEvents(fake).push({ modified: ['ADOPTERS.md'] }) });
  expect(run.outputs.status).toBe('refreshed');
  const head = fake.repo.refs.branch(`adopters/issue-${number}`)!;
  expect(fake.repo.git.commit(head)?.parents).toEqual([fake.repo.refs.branch('main')]);
  expect(fake.repo.readFile(`adopters/issue-${number}`, 'ADOPTERS.md')).toContain('- [Stark]');
});

it('finishes on the next run the work of a run that died between creating the branch and opening the PR', async () => {
  const number = fileAdopterIssue(fake, hooli);
  fake.faults.crashAfter({ operationId: 'git/create-ref' });
  const died = await runAction({ fake, ...webhookEvents(fake).issues('opened', { number }) });
  expect(died.killedByCrash).toBe(true);
  fake.faults.clear();
  expect(fake.repo.pulls.list({ state: 'all' })).toEqual([]);
  const other = fileAdopterIssue(fake, { name: 'Pied Piper', website: 'https://piedpiper.example.com' });
  const next = await runAction({ fake, ...webhookEvents(fake).issues('opened', { number: other }) });
  expect(next.code).toBe(0);
  expect(fake.repo.pulls.list({ state: 'all' })).toHaveLength(2);
  expect(fake.repo.issues.listComments(number)).toHaveLength(1);
});

it('rejects: the PR closed, the branch gone, the issue closed as not planned', async () => {
  const { number, pr } = await opened();
  fake.repo.issues.addLabels(number, ['adopters: rejected'], 'maintainer-mia');
  const run = await runAction({
    fake,
    ...webhookEvents(fake).issues('labeled', { number, label: 'adopters: rejected', sender: mia }),
  });
  expect(run.outputs.status).toBe('rejected');
  expect(fake.repo.pulls.issueOf(fake.repo.pulls.get(pr)).state).toBe('closed');
  expect(fake.repo.issues.get(number)).toMatchObject({ state: 'closed', stateReason: 'not_planned' });
  expect(fake.repo.branches()).toEqual(['main']);
});
