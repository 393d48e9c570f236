import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../../test-support/fake-github/index.js';
import { adopterIssueBody, fileAdopterIssue, startAdoptersFake } from '../../test-support/harness/index.js';
import { contextFor } from '../../test-support/workflow-context.js';
import { runIntake } from '../../src/workflows/intake.js';
import { COMMENT_MARKER } from '../../src/workflows/markers.js';
import { expectPureInsertion } from '../support/pure-insertion.js';

let fake: FakeGitHub;
beforeEach(async () => {
  fake = await startAdoptersFake();
});
afterEach(async () => {
  fake.assertNoValidationFailures();
  await fake.close();
});

const hooli = { name: 'Hooli', website: 'https://hooli.example.com', description: 'Runs its search on it.' };
const base = () => fake.repo.readFile('main', 'ADOPTERS.md')!;

describe('intake of a valid submission', () => {
  it('opens one PR whose single commit is a pure insertion, with one comment and the pr-open label', async () => {
    const n = fileAdopterIssue(fake, hooli);
    const result = await runIntake(contextFor(fake), n);
    expect(result.status).toBe('pr-created');
    const head = fake.repo.readFile(`adopters/issue-${n}`, 'ADOPTERS.md')!;
    const at = head.indexOf('- [Hooli]');
    expectPureInsertion(base(), head, at, '- [Hooli](https://hooli.example.com) - Runs its search on it.\n');
    const branchSha = fake.repo.refs.branch(`adopters/issue-${n}`)!;
    expect(fake.repo.git.commit(branchSha)?.parents).toEqual([fake.repo.refs.branch('main')]);
    const pulls = fake.repo.pulls.list({ state: 'all' });
    expect(pulls).toHaveLength(1);
    expect(fake.repo.pulls.issueOf(pulls[0]!).body).toContain(`Closes #${n}`);
    const comments = fake.repo.issues.listComments(n);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.author).toBe('github-actions[bot]');
    expect(comments[0]!.body).toContain(COMMENT_MARKER);
    expect(comments[0]!.body).toContain('+- [Hooli](https://hooli.example.com) - Runs its search on it.');
    expect(fake.repo.issues.get(n).labels).toContain('adopters: pr-open');
  });

  it('makes at most 12 API calls for a new submission', async () => {
    const n = fileAdopterIssue(fake, hooli);
    fake.log.clear();
    await runIntake(contextFor(fake), n);
    expect(fake.calls().length).toBeLessThanOrEqual(12);
  });

  it('changes nothing when run again for the same issue', async () => {
    const n = fileAdopterIssue(fake, hooli);
    await runIntake(contextFor(fake), n);
    const head = fake.repo.refs.branch(`adopters/issue-${n}`);
    fake.log.clear();
    const again = await runIntake(contextFor(fake), n);
    expect(again.status).toBe('unchanged');
    expect(fake.repo.refs.branch(`adopters/issue-${n}`)).toBe(head);
    expect(fake.writes()).toEqual([]);
    expect(fake.repo.issues.listComments(n)).toHaveLength(1);
  });

  it('updates the same PR and the same comment when the description is edited', async () => {
    const n = fileAdopterIssue(fake, hooli);
    await runIntake(contextFor(fake), n);
    fake.repo.issues.update(
      n,
      { body: adopterIssueBody({ ...hooli, description: 'Indexes the web with it.' }) },
      'octocat',
    );
    const result = await runIntake(contextFor(fake), n);
    expect(result.status).toBe('pr-updated');
    expect(fake.repo.pulls.list({ state: 'all' })).toHaveLength(1);
    expect(fake.repo.readFile(`adopters/issue-${n}`, 'ADOPTERS.md')).toContain(
      '- [Hooli](https://hooli.example.com) - Indexes the web with it.',
    );
    const comments = fake.repo.issues.listComments(n);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('Indexes the web with it.');
  });
});

describe('intake of an invalid submission', () => {
  it('lists every problem in one comment, labels needs-changes and opens nothing', async () => {
    const n = fileAdopterIssue(fake, { name: 'Hooli', website: 'http://hooli.example.com', consent: false });
    const result = await runIntake(contextFor(fake), n);
    expect(result.status).toBe('invalid');
    const [comment] = fake.repo.issues.listComments(n);
    expect(comment!.body).toContain('**Website**');
    expect(comment!.body).toContain('**Consent**');
    expect(fake.repo.issues.get(n).labels).toContain('adopters: needs-changes');
    expect(fake.repo.pulls.list({ state: 'all' })).toEqual([]);
    expect(fake.repo.branches()).toEqual(['main']);
  });

  it('closes the PR and deletes the branch when an edit makes a valid submission invalid', async () => {
    const n = fileAdopterIssue(fake, hooli);
    await runIntake(contextFor(fake), n);
    fake.repo.issues.update(n, { body: adopterIssueBody({ ...hooli, website: 'not a url' }) }, 'octocat');
    const result = await runIntake(contextFor(fake), n);
    expect(result.status).toBe('invalid');
    expect(fake.repo.pulls.issueOf(fake.repo.pulls.list({ state: 'all' })[0]!).state).toBe('closed');
    expect(fake.repo.branches()).toEqual(['main']);
    expect(fake.repo.issues.listComments(n)).toHaveLength(1);
    expect(fake.repo.issues.get(n).labels).not.toContain('adopters: pr-open');
  });

  it('refuses a name already listed, pointing at its line', async () => {
    const n = fileAdopterIssue(fake, { name: 'ACME Corp.', website: 'https://acme-two.example.com' });
    const result = await runIntake(contextFor(fake), n);
    expect(result.status).toBe('invalid');
    expect(fake.repo.issues.listComments(n)[0]!.body).toContain('ADOPTERS.md#L6');
  });

  it('refuses an organization another open submission already proposes', async () => {
    const first = fileAdopterIssue(fake, hooli);
    await runIntake(contextFor(fake), first);
    const second = fileAdopterIssue(fake, { ...hooli, name: 'hooli' });
    const result = await runIntake(contextFor(fake), second);
    expect(result.status).toBe('invalid');
    expect(fake.repo.issues.listComments(second)[0]!.body).toContain('already proposed in another pull request');
  });

  it('refuses a ### Website heading typed inside the description, naming the field', async () => {
    const body = adopterIssueBody({ ...hooli, description: 'We use it.\n\n### Website\n\nhttps://evil.example.com' });
    const n = fake.repo.issues.create({ title: 'Adopter: Hooli', body, labels: ['adopter'], author: 'octocat' }).number;
    const result = await runIntake(contextFor(fake), n);
    expect(result.status).toBe('invalid');
    expect(fake.repo.issues.listComments(n)[0]!.body).toContain('How do you use the project?');
    expect(fake.repo.branches()).toEqual(['main']);
  });
});

describe('intake of other issues', () => {
  it('ignores an issue that is not a submission, without a comment', async () => {
    const n = fake.repo.issues.create({ title: 'Bug', body: 'It crashes.', labels: [], author: 'octocat' }).number;
    expect((await runIntake(contextFor(fake), n)).status).toBe('ignored');
    expect(fake.repo.issues.listComments(n)).toEqual([]);
  });

  it('leaves a closed issue alone', async () => {
    const n = fileAdopterIssue(fake, hooli);
    fake.repo.issues.update(n, { state: 'closed' }, 'octocat');
    expect((await runIntake(contextFor(fake), n)).status).toBe('ignored');
  });

  it('flags a website already listed for review instead of refusing it', async () => {
    const n = fileAdopterIssue(fake, { name: 'Acme Robotics', website: 'https://acme.example.com/robotics' });
    const result = await runIntake(contextFor(fake), n);
    expect(result.status).toBe('pr-created');
    expect(fake.repo.issues.get(n).labels).toContain('adopters: needs-review');
  });

  it('explains a repository that does not let Actions open pull requests', async () => {
    fake.repo.settings.actionsCanCreatePullRequests = false;
    const n = fileAdopterIssue(fake, hooli);
    const result = await runIntake(contextFor(fake), n);
    expect(result.status).toBe('blocked');
    expect(fake.repo.issues.listComments(n)[0]!.body).toContain(
      'Allow GitHub Actions to create and approve pull requests',
    );
  });

  it('fails with a configuration error when the form itself applies the approval label', async () => {
    const form = fake.repo.readFile('main', '.github/ISSUE_TEMPLATE/adopter.yml')!;
    fake.repo.commitFiles('main', {
      '.github/ISSUE_TEMPLATE/adopter.yml': form.replace(
        "labels: ['adopter']",
        "labels: ['adopter', 'adopters: approved']",
      ),
    });
    const n = fileAdopterIssue(fake, hooli);
    await expect(runIntake(contextFor(fake), n)).rejects.toThrow(/applies the label "adopters: approved"/);
  });

  it('writes nothing in dry-run mode', async () => {
    const n = fileAdopterIssue(fake, hooli);
    fake.log.clear();
    const ctx = contextFor(fake, {}, { dryRun: true });
    await runIntake(ctx, n);
    expect(fake.writes()).toEqual([]);
    expect(ctx.reporter.lines.some((l) => l.startsWith('[dry-run] would open a pull request'))).toBe(true);
  });
});
