import { afterEach, describe, expect, it } from 'vitest';
import { GitHubInspector } from '../../src/github/inspect.js';
import { createOctokit } from '../../src/github/octokit.js';
import { type FakeGitHub, type FakeGitHubOptions, startFakeGitHub } from '../../test-support/fake-github/index.js';

// The inspector adapter against the fake: what each token kind may read, and how refusals come back.
let fake: FakeGitHub;
afterEach(async () => {
  fake.assertNoValidationFailures();
  await fake.close();
});

async function inspectorFor(options: FakeGitHubOptions = {}) {
  fake = await startFakeGitHub({
    files: { 'ADOPTERS.md': '# Adopters\n', '.github/workflows/a.yml': 'on: push\n' },
    ...options,
  });
  const octokit = createOctokit({ token: fake.token, baseUrl: fake.url, retries: 0 });
  return new GitHubInspector(octokit, { owner: fake.repo.settings.owner, repo: fake.repo.settings.name });
}

const WORKFLOW_TOKEN = { tokenPermissions: { contents: 'read', issues: 'write', pull_requests: 'read' } } as const;

describe('GitHubInspector', () => {
  it.each<[string, FakeGitHubOptions, object]>([
    ['the workflow token', WORKFLOW_TOKEN, { kind: 'workflow', login: 'github-actions[bot]' }],
    [
      'an App token',
      { token: 'ghs_app', tokenKind: 'app', tokenLogin: 'adopters-app[bot]' },
      { kind: 'app', login: 'adopters-app[bot]' },
    ],
    [
      'a fine-grained PAT',
      { token: 'github_pat_11ABC', tokenKind: 'pat', tokenLogin: 'mia' },
      { kind: 'fine-grained-pat', login: 'mia' },
    ],
  ])('should tell %s by its prefix and the login it acts as', async (_case, options, expected) => {
    expect(await (await inspectorFor(options)).token()).toEqual(expected);
  });

  it('should return a refusal, not throw, for what the workflow token cannot read', async () => {
    const inspect = await inspectorFor(WORKFLOW_TOKEN);
    fake.repo.protection.protect('main', { requiredStatusChecks: ['ci'] });
    expect(await inspect.actionsSettings()).toMatchObject({ ok: false, status: 403 });
    expect(await inspect.protection('main')).toMatchObject({ ok: false, status: 403 });
    expect(await inspect.branch('main')).toMatchObject({
      ok: true,
      value: { protected: true, requiredChecks: ['ci'] },
    });
  });

  it('should read protection, rulesets and an unprotected branch as values', async () => {
    const inspect = await inspectorFor();
    expect(await inspect.protection('main')).toEqual({ ok: true, value: undefined });
    fake.repo.protection.protect('main', { requiredApprovingReviewCount: 2 });
    fake.repo.protection.addRuleset({
      name: 'ci',
      rules: [{ type: 'required_status_checks', contexts: ['build', 'test'] }],
    });
    expect(await inspect.protection('main')).toEqual({ ok: true, value: { requiredChecks: [], requiredReviews: 2 } });
    expect(await inspect.rules('main')).toEqual({
      ok: true,
      value: { requiredChecks: ['build', 'test'], requiredReviews: 0 },
    });
  });

  it('should find the merge base of a branch whose base moved on, and list a folder', async () => {
    const inspect = await inspectorFor();
    const start = fake.repo.refs.branch('main')!;
    const head = fake.repo.commitFiles('adopters/hand-made', {
      'ADOPTERS.md': '# Adopters\n\n- [A](https://a.example)\n',
    });
    fake.repo.commitFiles('main', { 'README.md': '# moved\n' });
    expect(await inspect.mergeBase('main', head)).toBe(start);
    expect(await inspect.listFolder('.github/workflows', 'main')).toEqual(['a.yml']);
    expect(await inspect.listFolder('nowhere', 'main')).toEqual([]);
  });

  it('should create a label once, and say when it exists or is forbidden', async () => {
    const label = { name: 'adopter', color: 'c5def5', description: 'An adopter submission' };
    expect(await (await inspectorFor()).createLabel(label)).toBe('created');
    expect(
      await new GitHubInspector(createOctokit({ token: fake.token, baseUrl: fake.url, retries: 0 }), {
        owner: 'octo-org',
        repo: 'octo-project',
      }).createLabel(label),
    ).toBe('exists');
    await fake.close();
    const readOnly = await inspectorFor({ tokenPermissions: { issues: 'read' } });
    expect(await readOnly.createLabel(label)).toBe('forbidden');
  });
});
