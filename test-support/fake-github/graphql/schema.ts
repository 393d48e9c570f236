// The slice of GitHub's GraphQL schema the bot uses: repository → pullRequest(number) with its auto-merge
// state and issues(states, labels, orderBy, first, after) (issues.ts), and the
// enable/disablePullRequestAutoMerge mutations with GitHub's refusals.
import type { PullRequest } from '../state/pulls.js';
import type { MergeMethod } from '../state/merge-strategies.js';
import type { TokenIdentity } from '../state/people.js';
import type { FakeRepository } from '../state/repository.js';
import { GraphqlFieldError, type GraphqlObject } from './execute.js';
import { issuesConnection } from './issues.js';

const MERGEABLE = { true: 'MERGEABLE', false: 'CONFLICTING', null: 'UNKNOWN' } as const;

function pullRequestObject(repo: FakeRepository, pull: PullRequest, web: string): GraphqlObject {
  const issue = repo.pulls.issueOf(pull);
  const mergeability = repo.pulls.mergeability(pull);
  const auto = pull.autoMerge;
  return {
    __typename: 'PullRequest',
    id: issue.nodeId,
    number: pull.number,
    title: issue.title,
    body: issue.body ?? '',
    url: `${web}/${repo.fullName}/pull/${pull.number}`,
    state: pull.merged ? 'MERGED' : issue.state.toUpperCase(),
    merged: pull.merged,
    isDraft: pull.draft,
    mergeable: MERGEABLE[String(mergeability.mergeable) as 'true' | 'false' | 'null'],
    mergeStateStatus: mergeability.state.toUpperCase(),
    headRefName: pull.head,
    headRefOid: pull.headSha,
    baseRefName: pull.base,
    autoMergeRequest: auto
      ? {
          __typename: 'AutoMergeRequest',
          enabledAt: auto.enabledAt,
          mergeMethod: auto.method.toUpperCase(),
          enabledBy: { __typename: 'User', login: auto.enabledBy },
        }
      : null,
  };
}

function findPullByNodeId(repo: FakeRepository, id: unknown): PullRequest {
  const pull = repo.pulls.list({ state: 'all' }).find((p) => repo.pulls.issueOf(p).nodeId === id);
  if (!pull)
    throw new GraphqlFieldError('NOT_FOUND', `Could not resolve to a node with the global id of '${String(id)}'`);
  return pull;
}

function enableAutoMerge(repo: FakeRepository, viewer: TokenIdentity, input: Record<string, any>): PullRequest {
  const pull = findPullByNodeId(repo, input.pullRequestId);
  const method = String(input.mergeMethod ?? 'MERGE').toLowerCase() as MergeMethod;
  if (!repo.settings.allowAutoMerge) {
    throw new GraphqlFieldError('UNPROCESSABLE', 'Pull request Auto merge is not allowed for this repository');
  }
  if (repo.pulls.issueOf(pull).state !== 'open') {
    throw new GraphqlFieldError('UNPROCESSABLE', 'Pull request is not in the correct state to enable auto-merge');
  }
  if (!['merge', 'squash', 'rebase'].includes(method) || !repo.pulls.methodAllowed(method)) {
    throw new GraphqlFieldError('UNPROCESSABLE', `Merge method ${method} merging is not allowed on this repository`);
  }
  if (input.expectedHeadOid !== undefined && input.expectedHeadOid !== pull.headSha) {
    throw new GraphqlFieldError('UNPROCESSABLE', 'Expected head oid does not match the head of the pull request');
  }
  const { state } = repo.pulls.mergeability(pull);
  // GitHub refuses auto-merge when the pull request could be merged right now (or can never be).
  if (state === 'clean' || state === 'dirty') {
    throw new GraphqlFieldError('UNPROCESSABLE', `Pull request is in ${state} status`);
  }
  pull.autoMerge = { method, enabledBy: viewer.login, enabledAt: repo.clock.now() };
  return pull;
}

export function rootObjects(repo: FakeRepository, viewer: TokenIdentity, web: string) {
  const repository: GraphqlObject = {
    __typename: 'Repository',
    id: `R_kgDOFake${repo.settings.id}`,
    name: repo.settings.name,
    nameWithOwner: repo.fullName,
    autoMergeAllowed: repo.settings.allowAutoMerge,
    mergeCommitAllowed: repo.settings.allowMergeCommit,
    squashMergeAllowed: repo.settings.allowSquashMerge,
    rebaseMergeAllowed: repo.settings.allowRebaseMerge,
    deleteBranchOnMerge: repo.settings.deleteBranchOnMerge,
    pullRequest: ({ number }: { number: number }) => {
      const pull = repo.pulls.list({ state: 'all' }).find((p) => p.number === number);
      if (!pull) {
        throw new GraphqlFieldError('NOT_FOUND', `Could not resolve to a PullRequest with the number of ${number}.`);
      }
      return pullRequestObject(repo, pull, web);
    },
    issues: (args: Parameters<typeof issuesConnection>[2]) => issuesConnection(repo, web, args),
  };
  const query: GraphqlObject = {
    __typename: 'Query',
    viewer: { __typename: 'User', login: viewer.login },
    repository: ({ owner, name }: { owner: string; name: string }) => {
      if (`${owner}/${name}`.toLowerCase() !== repo.fullName.toLowerCase()) {
        throw new GraphqlFieldError('NOT_FOUND', `Could not resolve to a Repository with the name '${owner}/${name}'.`);
      }
      return repository;
    },
  };
  const mutation: GraphqlObject = {
    __typename: 'Mutation',
    enablePullRequestAutoMerge: ({ input }: { input: Record<string, any> }) => ({
      __typename: 'EnablePullRequestAutoMergePayload',
      clientMutationId: input.clientMutationId ?? null,
      pullRequest: pullRequestObject(repo, enableAutoMerge(repo, viewer, input), web),
    }),
    disablePullRequestAutoMerge: ({ input }: { input: Record<string, any> }) => {
      const pull = findPullByNodeId(repo, input.pullRequestId);
      pull.autoMerge = null;
      return {
        __typename: 'DisablePullRequestAutoMergePayload',
        clientMutationId: input.clientMutationId ?? null,
        pullRequest: pullRequestObject(repo, pull, web),
      };
    },
  };
  return { query, mutation };
}
