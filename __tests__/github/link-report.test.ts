import { MockAgent, getGlobalDispatcher, setGlobalDispatcher, type Dispatcher } from 'undici';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { GitHubLinkReportTracker } from '../../src/github/link-report.js';
import { getOctokit } from '@actions/github';
import { REPORT_MARKER } from '../../src/links/state.js';

const API = 'https://api.github.com';
const json = { headers: { 'content-type': 'application/json; charset=utf-8' } };
const listPath = '/repos/octo/repo/issues?labels=adopters%3A%20links&state=all&per_page=100';

let agent: MockAgent;
let previous: Dispatcher;

beforeAll(() => {
  previous = getGlobalDispatcher();
});
beforeEach(() => {
  // A proxy env makes getOctokit use its own ProxyAgent and bypass the MockAgent (TOOLCHAIN P6).
  for (const k of ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy']) vi.stubEnv(k, '');
  agent = new MockAgent();
  agent.disableNetConnect();
  setGlobalDispatcher(agent);
});
afterEach(async () => {
  agent.assertNoPendingInterceptors();
  await agent.close();
});
afterAll(() => setGlobalDispatcher(previous));

// The plain client: the throttling plugin spaces writes a second apart, which only slows the test.
const tracker = () => new GitHubLinkReportTracker(getOctokit('t', { baseUrl: API }), { owner: 'octo', repo: 'repo' });

const issue = (number: number, login: string, body: string, extra = {}) => ({
  number,
  state: 'open',
  body,
  user: { login },
  ...extra,
});

describe('GitHubLinkReportTracker', () => {
  it('should find the bot-authored report and ignore look-alikes opened by users', async () => {
    agent
      .get(API)
      .intercept({ path: listPath, method: 'GET' })
      .reply(
        200,
        [
          issue(3, 'mallory', `${REPORT_MARKER}\nfake state`),
          issue(9, 'github-actions[bot]', 'no marker here'),
          issue(12, 'github-actions[bot]', `${REPORT_MARKER}\nreal`, { state: 'closed' }),
          issue(14, 'github-actions[bot]', `${REPORT_MARKER}\nPR`, { pull_request: { url: 'x' } }),
        ],
        json,
      );
    expect(await tracker().find()).toEqual({ number: 12, open: false, body: `${REPORT_MARKER}\nreal` });
  });

  it('should find nothing when only users wrote the marker', async () => {
    agent
      .get(API)
      .intercept({ path: listPath, method: 'GET' })
      .reply(200, [issue(3, 'mallory', REPORT_MARKER)], json);
    expect(await tracker().find()).toBeNull();
  });

  it('should create the label when missing, then the issue with it', async () => {
    const gh = agent.get(API);
    gh.intercept({ path: '/repos/octo/repo/labels/adopters%3A%20links', method: 'GET' }).reply(
      404,
      { message: 'Not Found' },
      json,
    );
    gh.intercept({
      path: '/repos/octo/repo/labels',
      method: 'POST',
      body: (b) => (JSON.parse(b) as { name: string }).name === 'adopters: links',
    }).reply(201, { name: 'adopters: links' }, json);
    gh.intercept({
      path: '/repos/octo/repo/issues',
      method: 'POST',
      body: (b) => {
        const sent = JSON.parse(b) as { title: string; labels: string[] };
        return sent.title === 'T' && sent.labels[0] === 'adopters: links';
      },
    }).reply(201, { number: 42 }, json);
    expect(await tracker().create('T', 'B')).toBe(42);
  });

  it('should comment before closing, and reopen by state', async () => {
    const gh = agent.get(API);
    gh.intercept({ path: '/repos/octo/repo/issues/5/comments', method: 'POST' }).reply(201, { id: 1 }, json);
    gh.intercept({
      path: '/repos/octo/repo/issues/5',
      method: 'PATCH',
      body: (b) => (JSON.parse(b) as { state: string }).state === 'closed',
    }).reply(200, { number: 5 }, json);
    gh.intercept({
      path: '/repos/octo/repo/issues/5',
      method: 'PATCH',
      body: (b) => (JSON.parse(b) as { state: string }).state === 'open',
    }).reply(200, { number: 5 }, json);
    const t = tracker();
    await t.close(5, 'all good');
    await t.reopen(5);
  });
});
