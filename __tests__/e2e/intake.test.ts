import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../../test-support/fake-github/index.js';
import {
  adopterIssueBody,
  fileAdopterIssue,
  runAction,
  startAdoptersFake,
  webhookEvents,
} from '../../test-support/harness/index.js';
import { renderIssueForm } from '../../test-support/render-issue-form.js';

// The bundled action, run as the runner runs it, on real webhook payloads (see README.md here).
let fake: FakeGitHub;
afterEach(async () => {
  fake.assertNoValidationFailures();
  await fake.close();
});

const hooli = { name: 'Hooli', website: 'https://hooli.example.com', description: 'Runs its search on it.' };

describe('the action on issues events', () => {
  it('opens a PR for a new submission, then leaves it alone when the same event is delivered again', async () => {
    fake = await startAdoptersFake();
    const number = fileAdopterIssue(fake, hooli);
    const opened = webhookEvents(fake).issues('opened', { number });
    const run = await runAction({ fake, ...opened });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs).toMatchObject({ status: 'pr-created', 'issue-number': String(number) });
    expect(fake.repo.readFile(`adopters/issue-${number}`, 'ADOPTERS.md')).toContain(
      '- [Hooli](https://hooli.example.com) - Runs its search on it.',
    );
    expect(run.summary).toContain(`pull request #${run.outputs['pr-number']} opened`);
    // The whole run, catch-up included: the six writes a submission needs, each read made once.
    const calls = fake.calls();
    expect(fake.writes().map((c) => c.operationId)).toEqual([
      'git/create-tree',
      'git/create-commit',
      'git/create-ref',
      'pulls/create',
      'issues/create-comment',
      'issues/add-labels',
    ]);
    const reads = calls
      .filter((c) => !fake.writes().includes(c))
      .map((c) => `${c.method} ${c.path}?${new URLSearchParams(c.query).toString()} ${JSON.stringify(c.body ?? '')}`);
    expect(new Set(reads).size).toBe(reads.length);
    // Open submissions and change requests are listed in one GraphQL query (a read, though a POST),
    // which also answers the run's first read of the issue.
    const listings = fake.calls('graphql');
    expect(listings).toHaveLength(1);
    expect((listings[0]!.body as { variables: unknown }).variables).toMatchObject({
      labels0: ['adopter'],
      labels1: ['adopter-change'],
    });
    expect(fake.calls('issues/list-for-repo')).toEqual([]);
    expect(fake.calls('issues/get')).toEqual([]);
    expect(calls.length).toBeLessThanOrEqual(12);

    fake.log.clear();
    const again = await runAction({ fake, ...opened });
    expect(again.outputs.status).toBe('unchanged');
    expect(fake.writes()).toEqual([]);
    expect(fake.repo.pulls.list({ state: 'all' })).toHaveLength(1);
    expect(fake.repo.issues.listComments(number)).toHaveLength(1);
  });

  it('updates the PR on an edit and closes it when the edit makes the submission invalid', async () => {
    fake = await startAdoptersFake();
    const number = fileAdopterIssue(fake, hooli);
    await runAction({ fake, ...webhookEvents(fake).issues('opened', { number }) });
    fake.repo.issues.update(
      number,
      { body: adopterIssueBody({ ...hooli, description: 'Indexes the web with it.' }) },
      'octocat',
    );
    const edited = await runAction({ fake, ...webhookEvents(fake).issues('edited', { number }) });
    expect(edited.outputs.status).toBe('pr-updated');
    fake.repo.issues.update(
      number,
      { body: adopterIssueBody({ ...hooli, website: 'ftp://hooli.example.com' }) },
      'octocat',
    );
    const broken = await runAction({ fake, ...webhookEvents(fake).issues('edited', { number }) });
    expect(broken.outputs.status).toBe('invalid');
    expect(fake.repo.pulls.issueOf(fake.repo.pulls.list({ state: 'all' })[0]!).state).toBe('closed');
    const comments = fake.repo.issues.listComments(number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('**Website**');
  });

  it('does nothing at all for an issue that is not a submission', async () => {
    fake = await startAdoptersFake();
    const number = fake.repo.issues.create({
      title: 'Crash on start',
      body: 'Steps: …',
      labels: ['bug'],
      author: 'octocat',
    }).number;
    fake.log.clear();
    const run = await runAction({ fake, ...webhookEvents(fake).issues('opened', { number }) });
    expect(run.code).toBe(0);
    expect(run.outputs.status).toBe('ignored');
    expect(fake.writes()).toEqual([]);
  });

  it('explains a repository where GitHub Actions may not open pull requests, and the run stays green', async () => {
    fake = await startAdoptersFake({ actionsCanCreatePullRequests: false });
    const number = fileAdopterIssue(fake, hooli);
    const run = await runAction({ fake, ...webhookEvents(fake).issues('opened', { number }) });
    expect(run.code).toBe(0);
    expect(run.outputs.status).toBe('blocked');
    expect(run.stdout).toContain('::warning::GitHub Actions is not permitted to create pull requests here');
    expect(fake.repo.issues.listComments(number)[0]!.body).toContain('Settings → Actions → General');
  });

  it('reads settings from .github/adopters.yml and lets inputs override them', async () => {
    fake = await startAdoptersFake({
      extraFiles: {
        '.github/adopters.yml': 'label-pr-open: "adopters: in review"\nlabel-needs-changes: "please fix"\n',
      },
    });
    const number = fileAdopterIssue(fake, hooli);
    const run = await runAction({
      fake,
      ...webhookEvents(fake).issues('opened', { number }),
      inputs: { 'label-pr-open': 'pr: open' },
    });
    expect(run.outputs.status).toBe('pr-created');
    expect(fake.repo.issues.get(number).labels).toContain('pr: open');
  });

  it('fails the run with one message naming the key and the line of a bad config file', async () => {
    fake = await startAdoptersFake({
      extraFiles: { '.github/adopters.yml': 'adopters-file: ADOPTERS.md\nmerge_method: squash\n' },
    });
    const number = fileAdopterIssue(fake, hooli);
    const run = await runAction({ fake, ...webhookEvents(fake).issues('opened', { number }) });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error::.github/adopters.yml line 2: unknown key "merge_method" (did you mean "merge-method"?)',
    );
  });
});

describe('the action with the real issue forms of other projects', () => {
  const forms = ['adoptium', 'brexhq-substation', 'derivkit', 'knative', 'opa', 'projectsveltos'];
  it.each(forms)('parses and validates a %s submission through a field-id mapping', async (name) => {
    const dir = join(import.meta.dirname, '../../__fixtures__/issue-forms', name);
    const template = readFileSync(join(dir, 'template.yml'), 'utf8');
    const { fieldMap, answers } = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as {
      fieldMap: Record<string, string>;
      answers: Record<string, string | string[]>;
    };
    fake = await startAdoptersFake({ extraFiles: { '.github/ISSUE_TEMPLATE/adopter.yml': template } });
    const body = renderIssueForm(template, answers);
    const number = fake.repo.issues.create({
      title: 'New adopter',
      body,
      labels: ['adopter'],
      author: 'octocat',
    }).number;
    const fieldMapInput = Object.entries(fieldMap)
      .map(([theirs, ours]) => `${theirs}: ${ours}`)
      .join('\n');
    const run = await runAction({
      fake,
      ...webhookEvents(fake).issues('opened', { number }),
      inputs: { 'field-map': fieldMapInput },
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.status, fake.repo.issues.listComments(number)[0]?.body).toBe('pr-created');
  });
});
