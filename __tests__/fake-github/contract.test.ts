import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listOperationIds, startFakeGitHub, type FakeGitHub } from '../../test-support/fake-github/index.js';
import { octokitFor } from '../../test-support/fake-github/octokit.js';

let fake: FakeGitHub;
const repo = { owner: 'octo-org', repo: 'octo-project' };

beforeEach(async () => {
  fake = await startFakeGitHub();
});
afterEach(() => fake.close());

interface RequestFailure {
  status: number;
  message: string;
  response?: { data?: unknown };
}

/** The Octokit RequestError a call rejects with (fails the test if it resolves). */
async function failure(call: Promise<unknown>): Promise<RequestFailure> {
  const error: unknown = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof Error) || typeof (error as Partial<RequestFailure>).status !== 'number') {
    throw new Error(`expected a RequestError, got ${String(error)}`);
  }
  return error as Error & RequestFailure;
}

describe('the fake GitHub’s contract checks', () => {
  it('should serve every operation of the extracted OpenAPI subset', () => {
    expect(listOperationIds()).toEqual(
      expect.arrayContaining(['repos/get', 'git/create-tree', 'pulls/merge', 'issues/add-labels', 'rate-limit/get']),
    );
    expect(listOperationIds()).toHaveLength(42);
  });

  it('should answer 422 Validation Failed for an issue without a title', async () => {
    const error = await failure(
      octokitFor(fake).request('POST /repos/{owner}/{repo}/issues', { ...repo, body: 'no title' } as never),
    );
    expect(error.status).toBe(422);
    expect(error.response?.data).toMatchObject({
      message: 'Validation Failed',
      errors: [{ code: 'missing_field', field: 'title' }],
      documentation_url: 'https://docs.github.com/rest',
    });
    expect(fake.repo.issues.list({ state: 'all' })).toEqual([]);
  });

  it('should answer 422 for a value of the wrong type (labels: "bug")', async () => {
    const error = await failure(
      octokitFor(fake).request('POST /repos/{owner}/{repo}/issues', { ...repo, title: 't', labels: 'bug' } as never),
    );
    expect(error.status).toBe(422);
    expect(JSON.stringify(error.response?.data)).toContain('must be array');
  });

  it('should answer 422 for a query parameter outside its enum', async () => {
    const error = await failure(octokitFor(fake).rest.issues.listForRepo({ ...repo, state: 'bogus' as 'open' }));
    expect(error.status).toBe(422);
  });

  it('should answer 404 Not Found for a route GitHub does not have and log it as a failure', async () => {
    const error = await failure(octokitFor(fake).request('GET /repos/{owner}/{repo}/nonsense', repo));
    expect(error.status).toBe(404);
    expect(error.response?.data).toMatchObject({ message: 'Not Found' });
    expect(() => fake.assertNoValidationFailures()).toThrow(/no such route on GitHub/);
  });

  it('should answer 404 for another repository than the one it serves', async () => {
    const error = await failure(octokitFor(fake).rest.repos.get({ owner: 'someone', repo: 'else' }));
    expect(error.status).toBe(404);
  });

  it('should answer 401 Bad credentials for an unknown token and 401 without one', async () => {
    expect((await failure(octokitFor(fake, 'wrong-token').rest.repos.get(repo))).status).toBe(401);
    expect((await failure(octokitFor(fake, 'wrong-token').rest.repos.get(repo))).message).toContain('Bad credentials');
    const anonymous = await fetch(`${fake.url}/repos/octo-org/octo-project`);
    expect(anonymous.status).toBe(401);
  });

  it('should accept both `token X` and `bearer X` authorization', async () => {
    for (const scheme of ['token', 'bearer']) {
      const response = await fetch(`${fake.url}/repos/octo-org/octo-project`, {
        headers: { authorization: `${scheme} ${fake.token}` },
      });
      expect(response.status).toBe(200);
    }
  });

  it('should answer 400 Problems parsing JSON for a body that is not JSON', async () => {
    const response = await fetch(`${fake.url}/repos/octo-org/octo-project/issues`, {
      method: 'POST',
      headers: { authorization: `token ${fake.token}`, 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ message: 'Problems parsing JSON' });
  });

  it('should send realistic rate-limit headers on every answer', async () => {
    const first = await octokitFor(fake).rest.repos.get(repo);
    const second = await octokitFor(fake).rest.repos.get(repo);
    expect(first.headers['x-ratelimit-limit']).toBe('1000');
    expect(Number(second.headers['x-ratelimit-remaining'])).toBe(Number(first.headers['x-ratelimit-remaining']) - 1);
    expect(Number(first.headers['x-ratelimit-reset'])).toBeGreaterThan(Date.now() / 1000);
    expect(first.headers['x-ratelimit-resource']).toBe('core');
  });

  it('should refuse writes the token’s permissions do not grant (Resource not accessible by integration)', async () => {
    await fake.close();
    fake = await startFakeGitHub({ tokenPermissions: { issues: 'read', contents: 'read' } });
    const error = await failure(octokitFor(fake).rest.issues.create({ ...repo, title: 'x' }));
    expect(error.status).toBe(403);
    expect(error.message).toContain('Resource not accessible by integration');
    await expect(octokitFor(fake).rest.issues.listForRepo(repo)).resolves.toMatchObject({ status: 200 });
  });

  it('should log method, route, operationId, status, params, query and body of each request', async () => {
    await octokitFor(fake).rest.issues.create({ ...repo, title: 'Hello', labels: ['adopter'] });
    await octokitFor(fake).rest.issues.listForRepo({ ...repo, labels: 'adopter', per_page: 5 });
    expect(fake.calls().map((c) => [c.method, c.route, c.operationId, c.status])).toEqual([
      ['POST', '/repos/{owner}/{repo}/issues', 'issues/create', 201],
      ['GET', '/repos/{owner}/{repo}/issues', 'issues/list-for-repo', 200],
    ]);
    expect(fake.calls('issues/create')[0]).toMatchObject({
      params: { owner: 'octo-org', repo: 'octo-project' },
      body: { title: 'Hello', labels: ['adopter'] },
      login: 'github-actions[bot]',
    });
    expect(fake.calls('issues/list-for-repo')[0]!.query).toEqual({ labels: 'adopter', per_page: '5' });
    fake.assertNoValidationFailures();
  });
});
