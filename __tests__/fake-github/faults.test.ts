import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOctokit } from '../../src/github/octokit.js';
import { startFakeGitHub, type FakeGitHub } from '../../test-support/fake-github/index.js';
import { octokitFor } from '../../test-support/fake-github/octokit.js';

let fake: FakeGitHub;
const repo = { owner: 'octo-org', repo: 'octo-project' };

beforeEach(async () => {
  // a proxy in the environment would send getOctokit's requests through a ProxyAgent (TOOLCHAIN P6)
  for (const name of ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy']) vi.stubEnv(name, '');
  fake = await startFakeGitHub();
});
afterEach(() => fake.close());

/** The project's client, with retry delays scaled down so the suite stays fast. */
const projectClient = (log: string[] = []) =>
  createOctokit({ token: fake.token, baseUrl: fake.url, retries: 3, retryBaseSeconds: 0.001, log: (m) => log.push(m) });

const statuses = (operationId: string) => fake.calls(operationId).map((c) => c.status);

describe('fault injection', () => {
  it('should answer N× 5xx, which the project’s client retries until it succeeds', async () => {
    fake.faults.inject({ operationId: 'repos/get' }, { kind: 'status', status: 502 }, { times: 2 });
    const { data } = await projectClient().rest.repos.get(repo);
    expect(data.full_name).toBe('octo-org/octo-project');
    expect(statuses('repos/get')).toEqual([502, 502, 200]);
    expect(fake.calls('repos/get')[0]!.fault).toBe('status');
  });

  it('should answer a secondary rate limit with retry-after, which the client waits out and retries', async () => {
    fake.faults.inject({ operationId: 'issues/list-for-repo' }, { kind: 'secondary-rate-limit', retryAfter: 1 });
    fake.repo.issues.create({ title: 'listed', author: 'alice' });
    const log: string[] = [];
    const { data } = await projectClient(log).rest.issues.listForRepo(repo);
    expect(data.map((i) => i.title)).toEqual(['listed']);
    expect(statuses('issues/list-for-repo')).toEqual([403, 200]);
    expect(fake.calls('issues/list-for-repo')[0]!.fault).toBe('secondary-rate-limit');
    expect(log.join('\n')).toMatch(/secondary rate limit.*retrying in 1s/);
  });

  it('should answer 429 with retry-after', async () => {
    fake.faults.inject({ operationId: 'issues/get-label' }, { kind: 'too-many-requests', retryAfter: 1 });
    fake.repo.labels.create('adopter');
    await projectClient().rest.issues.getLabel({ ...repo, name: 'adopter' });
    const [limited] = fake.calls('issues/get-label');
    expect(limited!.status).toBe(429);
    expect(statuses('issues/get-label')).toEqual([429, 200]);
  });

  it('should answer a primary rate limit with x-ratelimit-remaining: 0 and a reset time', async () => {
    fake.faults.inject({ operationId: 'repos/get' }, { kind: 'primary-rate-limit', resetInSeconds: 0 });
    const error = await octokitFor(fake)
      .rest.repos.get(repo)
      .catch((e: { status: number; response: { headers: Record<string, string> } }) => e);
    expect(error).toMatchObject({ status: 403, response: { headers: { 'x-ratelimit-remaining': '0' } } });
    const log: string[] = [];
    await projectClient(log).rest.repos.get(repo);
    expect(statuses('repos/get')).toEqual([403, 200]);
  });

  it('should let the first matching requests through with `skip` and add latency without failing', async () => {
    fake.faults.inject({ operationId: 'repos/get' }, { kind: 'status', status: 500 }, { skip: 1 });
    fake.faults.inject({ method: 'GET' }, { kind: 'latency', ms: 20 }, { times: Infinity });
    const gh = octokitFor(fake);
    await gh.rest.repos.get(repo);
    await expect(gh.rest.repos.get(repo)).rejects.toMatchObject({ status: 500 });
    await gh.rest.repos.get(repo);
    expect(statuses('repos/get')).toEqual([200, 500, 200]);
  });

  it('should "crash" after a chosen call: every later call fails with 500 until the faults are cleared', async () => {
    const crashes = vi.fn();
    fake.faults.onCrash(crashes);
    fake.faults.crashAfter({ operationId: 'git/create-ref' }, 'fail');
    const gh = octokitFor(fake);
    const main = fake.repo.refs.branch('main')!;
    await gh.rest.git.createRef({ ...repo, ref: 'refs/heads/adopters/issue-1', sha: main });
    expect(crashes).toHaveBeenCalledOnce();
    await expect(gh.rest.pulls.list(repo)).rejects.toMatchObject({ status: 500 });
    expect(fake.repo.branches()).toContain('adopters/issue-1');
    fake.faults.clear();
    await expect(gh.rest.pulls.list(repo)).resolves.toMatchObject({ status: 200 });
  });

  it('should stop answering after the chosen call in `hang` mode, applying nothing', async () => {
    fake.faults.crashAfter({ operationId: 'issues/create' });
    const gh = octokitFor(fake);
    await gh.rest.issues.create({ ...repo, title: 'first' });
    const pending = fetch(`${fake.url}/repos/octo-org/octo-project/issues`, {
      method: 'POST',
      headers: { authorization: `token ${fake.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'second' }),
      signal: AbortSignal.timeout(200),
    });
    await expect(pending).rejects.toThrow();
    expect(fake.repo.issues.list().map((i) => i.title)).toEqual(['first']);
    expect(fake.calls('issues/create')).toHaveLength(1);
  });
});
