import { type MergeOutcome, PullRequestCreationForbidden, type PullInfo, type PullsPort } from '../workflows/ports.js';
import { isStatus, messageOf } from './errors.js';
import type { Octokit } from './octokit.js';
import type { RepoRef } from './repository.js';

interface RestPull {
  number: number;
  node_id: string;
  title: string;
  body?: string | null;
  state: string;
  merged?: boolean;
  merged_at?: string | null;
  user: { login: string } | null;
  head: { ref: string; sha: string };
  base: { ref: string };
  labels: { name?: string }[];
  html_url: string;
}

function toPullInfo(pull: RestPull): PullInfo {
  return {
    number: pull.number,
    nodeId: pull.node_id,
    title: pull.title,
    body: pull.body ?? '',
    state: pull.state === 'closed' ? 'closed' : 'open',
    merged: Boolean(pull.merged ?? pull.merged_at),
    author: pull.user?.login ?? '',
    headRef: pull.head.ref,
    headSha: pull.head.sha,
    baseRef: pull.base.ref,
    labels: pull.labels.map((l) => l.name ?? '').filter(Boolean),
    url: pull.html_url,
  };
}

const METHOD_ENUM = { squash: 'SQUASH', merge: 'MERGE', rebase: 'REBASE' } as const;

export class GitHubPulls implements PullsPort {
  constructor(
    private readonly octokit: Octokit,
    private readonly ref: RepoRef,
  ) {}

  async listOpen(): Promise<PullInfo[]> {
    const pulls = await this.octokit.paginate(this.octokit.rest.pulls.list, {
      ...this.ref,
      state: 'open',
      per_page: 100,
    });
    return pulls.map(toPullInfo);
  }

  async get(number: number): Promise<PullInfo> {
    const { data } = await this.octokit.rest.pulls.get({ ...this.ref, pull_number: number });
    return toPullInfo(data);
  }

  async create(args: { title: string; body: string; head: string; base: string }): Promise<PullInfo> {
    try {
      const { data } = await this.octokit.rest.pulls.create({ ...this.ref, ...args, maintainer_can_modify: true });
      return toPullInfo(data);
    } catch (error) {
      if (isStatus(error, 403) && /not permitted to create or approve pull requests/i.test(messageOf(error))) {
        throw new PullRequestCreationForbidden(messageOf(error));
      }
      throw error;
    }
  }

  async update(number: number, args: { title?: string; body?: string; state?: 'open' | 'closed' }): Promise<void> {
    await this.octokit.rest.pulls.update({ ...this.ref, pull_number: number, ...args });
  }

  async merge(
    number: number,
    args: { sha: string; method: 'squash' | 'merge' | 'rebase'; title: string },
  ): Promise<MergeOutcome> {
    try {
      const { data } = await this.octokit.rest.pulls.merge({
        ...this.ref,
        pull_number: number,
        sha: args.sha,
        merge_method: args.method,
        commit_title: args.title,
      });
      return { kind: 'merged', sha: data.sha };
    } catch (error) {
      const message = messageOf(error);
      if (isStatus(error, 409)) return { kind: 'head-moved' };
      if (isStatus(error, 405) && /merge commits|squash|rebase/i.test(message) && /not allowed/i.test(message)) {
        return { kind: 'method-not-allowed', message };
      }
      if (isStatus(error, 405, 422)) return { kind: 'blocked', message };
      throw error;
    }
  }

  async enableAutoMerge(nodeId: string, method: 'squash' | 'merge' | 'rebase'): Promise<boolean> {
    try {
      await this.octokit.graphql(
        // `method` is reserved by @octokit/graphql for the HTTP method: the variable needs another name.
        `mutation($pullRequestId: ID!, $mergeMethod: PullRequestMergeMethod!) {
          enablePullRequestAutoMerge(input: { pullRequestId: $pullRequestId, mergeMethod: $mergeMethod }) { clientMutationId }
        }`,
        { pullRequestId: nodeId, mergeMethod: METHOD_ENUM[method] },
      );
      return true;
    } catch (error) {
      // GraphQL answers 200 with `errors` (thrown by octokit as GraphqlResponseError) when not allowed.
      if (/auto.?merge|not allowed|UNPROCESSABLE/i.test(messageOf(error))) return false;
      throw error;
    }
  }
}
