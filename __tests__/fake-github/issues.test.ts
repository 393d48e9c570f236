import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../../test-support/fake-github/index.js';
import { octokitFor } from '../../test-support/fake-github/octokit.js';

let fake: FakeGitHub;
const repo = { owner: 'octo-org', repo: 'octo-project' };

beforeEach(async () => {
  fake = await startFakeGitHub();
});
afterEach(() => fake.close());

const statusOf = (call: Promise<unknown>) =>
  call.then(
    () => 'ok',
    (e: { status: number; response?: { data?: { message?: string; errors?: { code?: string }[] } } }) =>
      `${e.status} ${e.response?.data?.errors?.[0]?.code ?? e.response?.data?.message}`,
  );

describe('issues', () => {
  it('should create, edit, close with a reason and reopen an issue', async () => {
    const gh = octokitFor(fake);
    const { data: created } = await gh.rest.issues.create({ ...repo, title: 'Adopter: Acme', body: '### Website' });
    expect(created).toMatchObject({ number: 1, state: 'open', user: { login: 'github-actions[bot]', type: 'Bot' } });
    const closed = await gh.rest.issues.update({
      ...repo,
      issue_number: 1,
      state: 'closed',
      state_reason: 'not_planned',
    });
    expect([closed.data.state, closed.data.state_reason, closed.data.closed_by?.login]).toEqual([
      'closed',
      'not_planned',
      'github-actions[bot]',
    ]);
    const reopened = await gh.rest.issues.update({ ...repo, issue_number: 1, state: 'open', body: 'new body' });
    expect([reopened.data.state, reopened.data.state_reason, reopened.data.body]).toEqual([
      'open',
      'reopened',
      'new body',
    ]);
  });

  it('should answer 404 for an issue that does not exist', async () => {
    expect(await statusOf(octokitFor(fake).rest.issues.get({ ...repo, issue_number: 99 }))).toBe('404 Not Found');
  });

  it('should refuse a body longer than GitHub accepts', async () => {
    const tooLong = octokitFor(fake).rest.issues.create({ ...repo, title: 't', body: 'x'.repeat(65_537) });
    expect(await statusOf(tooLong)).toBe('422 custom');
  });

  it('should list by labels (all of them), state and creator, newest first', async () => {
    const { issues } = fake.repo;
    issues.create({ title: 'a', labels: ['adopter'], author: 'alice' });
    issues.create({ title: 'b', labels: ['adopter', 'adopters: pr-open'], author: 'bob' });
    issues.create({ title: 'c', labels: ['adopters: links'], author: 'github-actions[bot]' });
    fake.repo.issues.update(1, { state: 'closed' }, 'alice');
    const titles = async (query: Record<string, string>) =>
      (await octokitFor(fake).rest.issues.listForRepo({ ...repo, ...query })).data.map((i) => i.title);
    expect(await titles({})).toEqual(['c', 'b']);
    expect(await titles({ labels: 'adopter', state: 'all' })).toEqual(['b', 'a']);
    expect(await titles({ labels: 'adopter,adopters: pr-open' })).toEqual(['b']);
    expect(await titles({ creator: 'github-actions[bot]', labels: 'adopters: links' })).toEqual(['c']);
    expect(await titles({ state: 'all', direction: 'asc' })).toEqual(['a', 'b', 'c']);
  });

  it('should paginate with Link headers that octokit.paginate follows', async () => {
    for (let n = 1; n <= 7; n++) fake.repo.issues.create({ title: `issue ${n}`, author: 'alice' });
    const gh = octokitFor(fake);
    const first = await gh.rest.issues.listForRepo({ ...repo, per_page: 3 });
    expect(first.data).toHaveLength(3);
    expect(first.headers.link).toContain('rel="next"');
    expect(first.headers.link).toContain('per_page=3&page=3>; rel="last"');
    const all = await gh.paginate(gh.rest.issues.listForRepo, { ...repo, per_page: 3 });
    expect(all.map((i) => i.number)).toEqual([7, 6, 5, 4, 3, 2, 1]);
    expect(fake.calls('issues/list-for-repo')).toHaveLength(4);
  });
});

describe('comments', () => {
  it('should create and update comments as the token’s identity, next to comments by other people', async () => {
    const { number } = fake.repo.issues.create({ title: 'Adopter: Acme', author: 'alice' });
    fake.repo.issues.addComment(number, 'Looks good to me', 'maintainer-mia');
    const gh = octokitFor(fake);
    const { data: mine } = await gh.rest.issues.createComment({
      ...repo,
      issue_number: number,
      body: '<!-- adopters-bot -->\nPreview',
    });
    await gh.rest.issues.updateComment({ ...repo, comment_id: mine.id, body: '<!-- adopters-bot -->\nPreview v2' });
    const comments = await gh.paginate(gh.rest.issues.listComments, { ...repo, issue_number: number, per_page: 1 });
    expect(comments.map((c) => [c.user?.login, c.body])).toEqual([
      ['maintainer-mia', 'Looks good to me'],
      ['github-actions[bot]', '<!-- adopters-bot -->\nPreview v2'],
    ]);
    expect((await gh.rest.issues.get({ ...repo, issue_number: number })).data.comments).toBe(2);
    expect(await statusOf(gh.rest.issues.getComment({ ...repo, comment_id: 1 }))).toBe('404 Not Found');
  });
});

describe('labels', () => {
  it('should start with GitHub’s default labels and refuse a duplicate name case-insensitively', async () => {
    const gh = octokitFor(fake);
    const names = (await gh.paginate(gh.rest.issues.listLabelsForRepo, repo)).map((l) => l.name);
    expect(names).toContain('good first issue');
    await gh.rest.issues.createLabel({ ...repo, name: 'adopters: approved', color: '0e8a16', description: 'Approved' });
    expect(await statusOf(gh.rest.issues.createLabel({ ...repo, name: 'Adopters: Approved', color: '0e8a16' }))).toBe(
      '422 already_exists',
    );
    expect(await statusOf(gh.rest.issues.createLabel({ ...repo, name: 'bad color', color: '#0e8a16' }))).toBe(
      '422 invalid',
    );
    expect((await gh.rest.issues.getLabel({ ...repo, name: 'ADOPTERS: APPROVED' })).data.name).toBe(
      'adopters: approved',
    );
    expect(await statusOf(gh.rest.issues.getLabel({ ...repo, name: 'missing' }))).toBe('404 Not Found');
  });

  it('should add labels (creating missing ones), list them, and answer 404 when removing an absent one', async () => {
    const { number } = fake.repo.issues.create({ title: 't', author: 'alice' });
    const gh = octokitFor(fake);
    const { data: added } = await gh.rest.issues.addLabels({
      ...repo,
      issue_number: number,
      labels: ['adopter', 'bug'],
    });
    expect(added.map((l) => l.name)).toEqual(['adopter', 'bug']);
    expect(fake.repo.labels.get('adopter').color).toBe('ededed');
    const { data: left } = await gh.rest.issues.removeLabel({ ...repo, issue_number: number, name: 'bug' });
    expect(left.map((l) => l.name)).toEqual(['adopter']);
    expect(await statusOf(gh.rest.issues.removeLabel({ ...repo, issue_number: number, name: 'bug' }))).toBe(
      '404 Label does not exist',
    );
    const { data: onIssue } = await gh.rest.issues.listLabelsOnIssue({ ...repo, issue_number: number });
    expect(onIssue.map((l) => l.name)).toEqual(['adopter']);
    await gh.rest.issues.setLabels({ ...repo, issue_number: number, labels: ['adopters: needs-changes'] });
    expect(fake.repo.issues.get(number).labels).toEqual(['adopters: needs-changes']);
    fake.assertNoValidationFailures();
  });
});
