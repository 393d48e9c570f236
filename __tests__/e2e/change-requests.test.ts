import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../../test-support/fake-github/index.js';
import {
  type ChangeAnswers,
  changeIssueBody,
  fileAdopterIssue,
  fileChangeIssue,
  runAction,
  startAdoptersFake,
  webhookEvents,
} from '../../test-support/harness/index.js';

// Requests to update or remove a listed entry, through the second form, run as the runner runs the
// bundled action. The fixture's ADOPTERS.md lists Acme Corp, Globex, Initech and Umbrella, alphabetically.
let fake: FakeGitHub;
beforeEach(async () => {
  fake = await startAdoptersFake({ collaborators: { 'maintainer-mia': 'maintain' } });
});
afterEach(async () => {
  fake.assertNoValidationFailures();
  await fake.close();
});

const mia = { login: 'maintainer-mia', type: 'User' as const };
const MAIN = () => fake.repo.readFile('main', 'ADOPTERS.md')!;

async function file(answers: ChangeAnswers) {
  const number = fileChangeIssue(fake, answers);
  const run = await runAction({ fake, ...webhookEvents(fake).issues('opened', { number }) });
  expect(run.code, run.stdout + run.stderr).toBe(0);
  return { number, run, pr: Number(run.outputs['pr-number']) };
}

async function approve(number: number) {
  fake.repo.issues.addLabels(number, ['adopters: approved'], 'maintainer-mia');
  const event = webhookEvents(fake).issues('labeled', { number, label: 'adopters: approved', sender: mia });
  return runAction({ fake, ...event });
}

const comment = (number: number) =>
  fake.repo.issues
    .listComments(number)
    .map((c) => c.body)
    .join('\n');

describe('a request to update an entry', () => {
  it('opens one PR that rewrites the website and nothing else, and a re-delivered event changes nothing', async () => {
    const before = MAIN();
    const { number, run, pr } = await file({ entry: 'initech', website: 'https://initech.example.com/tps' });
    expect(run.outputs.status).toBe('pr-created');
    const pull = fake.repo.pulls.get(pr);
    expect(fake.repo.pulls.issueOf(pull).title).toBe('Update Initech in ADOPTERS.md');
    expect(fake.repo.pulls.issueOf(pull).body).toContain(`Closes #${number}`);
    expect(fake.repo.readFile(`adopters/issue-${number}`, 'ADOPTERS.md')).toBe(
      before.replace('(https://initech.example.net)', '(https://initech.example.com/tps)'),
    );
    expect(comment(number)).toContain('+- [Initech](https://initech.example.com/tps) - Uses it to ship TPS reports.');
    expect(fake.repo.issues.get(number).labels).toContain('adopters: pr-open');

    fake.log.clear();
    const again = await runAction({ fake, ...webhookEvents(fake).issues('opened', { number }) });
    expect(again.outputs.status).toBe('unchanged');
    expect(fake.writes()).toEqual([]);
  });

  it('moves a renamed entry to its alphabetical place, and merges it on approval', async () => {
    const { number, pr } = await file({ entry: 'Acme Corp', name: 'Zenith Corp', reason: 'We were acquired.' });
    const lines = fake.repo.readFile(`adopters/issue-${number}`, 'ADOPTERS.md')!.split('\n');
    expect(lines.filter((l) => l.startsWith('- '))).toEqual([
      '- [Globex](https://globex.example.org) - Schedules nightly data pipelines with it.',
      '- [Initech](https://initech.example.net) - Uses it to ship TPS reports.',
      '- [Umbrella](https://umbrella.example.com) - Replaced an in-house tool with it.',
      '- [Zenith Corp](https://acme.example.com) - Runs octo-project on every build agent.',
    ]);
    expect(comment(number)).toContain('moves it to its alphabetical place');
    expect(comment(number)).toContain('We were acquired.');

    const merged = await approve(number);
    expect(merged.outputs).toMatchObject({ status: 'merged', 'pr-number': String(pr) });
    expect(MAIN()).toContain('- [Zenith Corp](https://acme.example.com)');
    expect(MAIN()).not.toContain('Acme Corp');
    expect(fake.repo.issues.get(number)).toMatchObject({ state: 'closed', stateReason: 'completed' });
    expect(comment(number)).toContain('Done — thank you!');
  });

  it('names the closest listed names when the entry is not found, and opens no PR', async () => {
    const { number, run } = await file({ entry: 'Initek', description: 'Ships TPS reports with it.' });
    expect(run.outputs.status).toBe('invalid');
    expect(comment(number)).toContain('Initech');
    expect(fake.repo.issues.get(number).labels).toContain('adopters: needs-changes');
    expect(fake.repo.pulls.list({ state: 'all' })).toEqual([]);
  });

  it('refuses a name listed twice, naming both lines', async () => {
    fake.repo.commitFiles('main', { 'ADOPTERS.md': `${MAIN()}- [Globex Inc.](https://globex.example.com) - Again.\n` });
    const { number, run } = await file({ entry: 'Globex', website: 'https://globex.example.net' });
    expect(run.outputs.status).toBe('invalid');
    expect(comment(number)).toMatch(/listed 2 times \(lines 7, 10\)/);
    expect(fake.repo.pulls.list({ state: 'all' })).toEqual([]);
  });

  it('asks for a new value, and checks it by the add form’s rules', async () => {
    const empty = await file({ entry: 'Globex' });
    expect(empty.run.outputs.status).toBe('invalid');
    expect(comment(empty.number)).toContain('an update needs at least one new value');
    const http = await file({ entry: 'Globex', website: 'http://globex.example.org' });
    expect(comment(http.number)).toContain('**New website**: uses http://');
  });
});

describe('a request to remove an entry', () => {
  it('opens a PR that takes out the entry’s line, and closes everything on rejection', async () => {
    const before = MAIN();
    const { number, pr } = await file({ entry: 'Globex', request: 'Remove the entry', reason: 'We stopped using it.' });
    expect(fake.repo.pulls.issueOf(fake.repo.pulls.get(pr)).title).toBe('Remove Globex from ADOPTERS.md');
    expect(fake.repo.readFile(`adopters/issue-${number}`, 'ADOPTERS.md')).toBe(
      before.replace('- [Globex](https://globex.example.org) - Schedules nightly data pipelines with it.\n', ''),
    );
    fake.repo.issues.addLabels(number, ['adopters: rejected'], 'maintainer-mia');
    const run = await runAction({
      fake,
      ...webhookEvents(fake).issues('labeled', { number, label: 'adopters: rejected', sender: mia }),
    });
    expect(run.outputs.status).toBe('rejected');
    expect(fake.repo.pulls.issueOf(fake.repo.pulls.get(pr)).state).toBe('closed');
    expect(fake.repo.issues.get(number)).toMatchObject({ state: 'closed', stateReason: 'not_planned' });
    expect(comment(number)).toContain('Not changed');
    expect(MAIN()).toBe(before);
  });

  it('merged while an add PR is open: the add PR moves onto the new main and still merges cleanly', async () => {
    const add = fileAdopterIssue(fake, { name: 'Hooli', website: 'https://hooli.example.com' });
    const opened = await runAction({ fake, ...webhookEvents(fake).issues('opened', { number: add }) });
    const addPr = Number(opened.outputs['pr-number']);
    const removal = await file({ entry: 'Umbrella', request: 'Remove the entry' });

    const merged = await approve(removal.number);
    expect(merged.outputs.status).toBe('merged');
    expect(MAIN()).not.toContain('Umbrella');
    const head = fake.repo.refs.branch(`adopters/issue-${add}`)!;
    expect(fake.repo.git.commit(head)?.parents).toEqual([fake.repo.refs.branch('main')]);
    expect(fake.repo.readFile(`adopters/issue-${add}`, 'ADOPTERS.md')).not.toContain('Umbrella');

    const addMerged = await approve(add);
    expect(addMerged.outputs).toMatchObject({ status: 'merged', 'pr-number': String(addPr) });
    expect(
      MAIN()
        .split('\n')
        .filter((l) => l.startsWith('- ')),
    ).toEqual([
      '- [Acme Corp](https://acme.example.com) - Runs octo-project on every build agent.',
      '- [Globex](https://globex.example.org) - Schedules nightly data pipelines with it.',
      '- [Hooli](https://hooli.example.com)',
      '- [Initech](https://initech.example.net) - Uses it to ship TPS reports.',
    ]);
  });

  it('closes the issue as completed, without a PR, when the entry is already gone', async () => {
    const { number, run } = await file({ entry: 'Massive Dynamic', request: 'Remove the entry' });
    expect(run.outputs.status).toBe('completed');
    expect(fake.repo.issues.get(number)).toMatchObject({ state: 'closed', stateReason: 'completed' });
    expect(comment(number)).toContain('Nothing left to remove');
    expect(fake.repo.pulls.list({ state: 'all' })).toEqual([]);
  });

  it('closes its PR and the issue when a maintainer removes the entry by hand first', async () => {
    const { number, pr } = await file({ entry: 'Globex', request: 'Remove the entry' });
    fake.repo.commitFiles('main', { 'ADOPTERS.md': MAIN().replace(/- \[Globex\].*\n/, '') });
    const run = await runAction({ fake, ...webhookEvents(fake).push({ modified: ['ADOPTERS.md'] }) });
    expect(run.code, run.stdout).toBe(0);
    expect(fake.repo.pulls.issueOf(fake.repo.pulls.get(pr)).state).toBe('closed');
    expect(fake.repo.issues.get(number)).toMatchObject({ state: 'closed', stateReason: 'completed' });
    expect(fake.repo.branches()).toEqual(['main']);
  });

  it('follows an edit of the issue: a new request replaces the PR content and voids an approval', async () => {
    const { number, pr } = await file({ entry: 'Globex', request: 'Remove the entry' });
    fake.repo.issues.addLabels(number, ['adopters: approved'], 'maintainer-mia');
    fake.repo.issues.update(
      number,
      { body: changeIssueBody({ entry: 'Globex', description: 'Runs its pipelines on it.' }) },
      'octocat',
    );
    const run = await runAction({ fake, ...webhookEvents(fake).issues('edited', { number }) });
    expect(run.outputs).toMatchObject({ status: 'pr-updated', 'pr-number': String(pr) });
    expect(fake.repo.pulls.issueOf(fake.repo.pulls.get(pr)).title).toBe('Update Globex in ADOPTERS.md');
    expect(fake.repo.readFile(`adopters/issue-${number}`, 'ADOPTERS.md')).toContain(
      '- [Globex](https://globex.example.org) - Runs its pipelines on it.',
    );
    expect(fake.repo.issues.get(number).labels).not.toContain('adopters: approved');
    expect(fake.repo.pulls.get(pr).merged).toBe(false);
  });
});

describe('a request on a data file', () => {
  it('removes the item from the YAML file the repository keeps its adopters in', async () => {
    await fake.close();
    const yaml =
      '# Adopters of octo-project\n- name: Acme\n  url: https://acme.example.com\n- name: Globex\n  url: https://globex.example.org\n';
    fake = await startAdoptersFake({
      collaborators: { 'maintainer-mia': 'maintain' },
      extraFiles: { 'adopters.yaml': yaml, '.github/adopters.yml': 'adopters-file: adopters.yaml\n' },
    });
    const { number, run } = await file({ entry: 'Globex', request: 'Remove the entry' });
    expect(run.outputs.status).toBe('pr-created');
    expect(fake.repo.readFile(`adopters/issue-${number}`, 'adopters.yaml')).toBe(
      '# Adopters of octo-project\n- name: Acme\n  url: https://acme.example.com\n',
    );
    expect(fake.repo.pulls.issueOf(fake.repo.pulls.get(Number(run.outputs['pr-number']))).title).toBe(
      'Remove Globex from adopters.yaml',
    );
  });
});
