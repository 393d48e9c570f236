// Repository.issues as GitHub's GraphQL API answers it: issues only (no pull requests), `states` and
// `labels` filters (an issue matches when it carries ANY of the labels, as GitHub documents for this
// argument, unlike REST's list, which wants all of them), `orderBy`, and cursor pages.
import type { Issue } from '../state/issues.js';
import type { Account } from '../state/people.js';
import type { FakeRepository } from '../state/repository.js';
import { connectionPage, type PageArgs, type SortKey } from './connection.js';
import type { GraphqlObject } from './execute.js';

interface IssuesArgs extends PageArgs {
  states?: string | string[] | null;
  labels?: string[] | null;
  orderBy?: { field?: string; direction?: string } | null;
}

const SORT = { CREATED_AT: 'created', UPDATED_AT: 'updated', COMMENTS: 'comments' } as const;

/** An author: GraphQL names a bot by its app's slug, without the `[bot]` REST logins carry. */
export function actorObject(account: Account): GraphqlObject {
  const bot = account.type === 'Bot';
  return {
    __typename: bot ? 'Bot' : account.type === 'Organization' ? 'Organization' : 'User',
    login: bot ? account.login.replace(/\[bot\]$/, '') : account.login,
  };
}

function issueObject(repo: FakeRepository, issue: Issue, web: string): GraphqlObject {
  const labels = issue.labels.map((name, index) => ({ name, index }));
  return {
    __typename: 'Issue',
    id: issue.nodeId,
    number: issue.number,
    title: issue.title,
    body: issue.body ?? '',
    url: `${web}/${repo.fullName}/issues/${issue.number}`,
    state: issue.state.toUpperCase(),
    stateReason: issue.stateReason?.toUpperCase() ?? null,
    locked: issue.locked,
    createdAt: issue.createdAt,
    updatedAt: issue.updatedAt,
    closedAt: issue.closedAt,
    author: actorObject(repo.people.get(issue.author)),
    labels: (args: PageArgs) =>
      connectionPage({
        typename: 'LabelConnection',
        field: 'labels',
        ordered: labels,
        args,
        keyOf: (l) => [l.index],
        render: (l) => ({ __typename: 'Label', name: l.name, color: repo.labels.get(l.name).color }),
      }),
    comments: { __typename: 'IssueCommentConnection', totalCount: repo.issues.commentCount(issue.number) },
  };
}

export function issuesConnection(repo: FakeRepository, web: string, args: IssuesArgs): GraphqlObject {
  const states = [args.states ?? []].flat().map((s) => s.toLowerCase());
  const wanted = (args.labels ?? []).map((l) => l.toLowerCase());
  // Without orderBy the fake lists oldest first; the bot always says which order it wants.
  const sort = SORT[(args.orderBy?.field ?? 'CREATED_AT') as keyof typeof SORT] ?? 'created';
  const descending = args.orderBy?.direction === 'DESC';
  const ordered = repo.issues
    .list({ state: 'all', sort, direction: descending ? 'desc' : 'asc' })
    .filter(
      (i) =>
        !i.isPullRequest &&
        (!states.length || states.includes(i.state)) &&
        (!wanted.length || i.labels.some((l) => wanted.includes(l.toLowerCase()))),
    );
  const keyOf = (i: Issue): SortKey => [
    sort === 'updated' ? i.updatedAt : sort === 'comments' ? repo.issues.commentCount(i.number) : i.createdAt,
    i.number,
  ];
  return connectionPage({
    typename: 'IssueConnection',
    field: 'issues',
    ordered,
    args,
    keyOf,
    render: (i) => issueObject(repo, i, web),
    descending,
  });
}
