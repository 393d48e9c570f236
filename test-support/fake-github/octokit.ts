// A plain @octokit/rest client for the fake: no retries, so a test sees the fake's first answer, and a
// silent log, so expected 4xx answers do not clutter the test output.
import { Octokit } from '@octokit/rest';
import type { FakeGitHub } from './index.js';

const silent = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

export function octokitFor(fake: FakeGitHub, token = fake.token): Octokit {
  return new Octokit({ baseUrl: fake.url, auth: token, request: { retries: 0 }, log: silent });
}
