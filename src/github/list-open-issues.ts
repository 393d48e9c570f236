import type { IssueInfo } from '../workflows/ports.js';
import type { Octokit } from './octokit.js';
import type { RepoRef } from './repository.js';

/** GitHub's largest page of a GraphQL connection (it refuses `first` above it). */
const PAGE = 100;

interface GraphqlIssue {
  number: number;
  title: string;
  body: string;
  state: 'OPEN' | 'CLOSED';
  stateReason: string | null;
  locked: boolean;
  /** null for a deleted account. */
  author: { __typename: string; login: string } | null;
  labels: { nodes: { name: string }[] } | null;
  url: string;
  comments: { totalCount: number };
}

interface IssuePage {
  nodes: GraphqlIssue[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

// What IssueInfo needs. An issue carries at most 100 labels, so one page of them is all of them.
const ISSUE_FIELDS = `nodes {
  number title body state stateReason locked url
  author { __typename login }
  labels(first: ${PAGE}) { nodes { name } }
  comments { totalCount }
}
pageInfo { hasNextPage endCursor }`;

/**
 * One query for the labels whose lists still have pages: a connection per label, because REST's issue
 * list ANDs its labels (one request per label) and the meaning of several labels in one GraphQL filter
 * is not ours to rely on. Oldest first: the catch-up serves submissions in the order they came, and
 * issues opened while we page land after the cursor instead of shifting it.
 */
function openIssuesQuery(pending: number[]): string {
  const variables = pending.map((i) => `$labels${i}: [String!], $after${i}: String`).join(', ');
  const connections = pending.map(
    (i) =>
      `l${i}: issues(states: [OPEN], labels: $labels${i}, first: ${PAGE}, after: $after${i}, orderBy: { field: CREATED_AT, direction: ASC }) { ${ISSUE_FIELDS} }`,
  );
  return `query($owner: String!, $name: String!, ${variables}) {
  repository(owner: $owner, name: $name) { ${connections.join('\n')} }
}`;
}

/** As REST and issues.get give it: GraphQL names a bot without the `[bot]` suffix REST logins carry. */
function fromGraphqlIssue(issue: GraphqlIssue): IssueInfo {
  const login = issue.author?.login ?? '';
  return {
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state === 'CLOSED' ? 'closed' : 'open',
    stateReason: issue.stateReason?.toLowerCase() ?? null,
    locked: issue.locked,
    author: issue.author?.__typename === 'Bot' ? `${login}[bot]` : login,
    labels: issue.labels?.nodes.map((l) => l.name) ?? [],
    // The `issues` connection holds no pull requests.
    isPullRequest: false,
    url: issue.url,
    comments: issue.comments.totalCount,
  };
}

/** Open issues with each label, every page, one list per label: one request while every list fits a page. */
export async function listOpenIssues(
  octokit: Octokit,
  ref: RepoRef,
  labels: readonly string[],
): Promise<IssueInfo[][]> {
  const lists: IssueInfo[][] = labels.map(() => []);
  const cursors: (string | null)[] = labels.map(() => null);
  let pending = labels.map((_, i) => i);
  while (pending.length) {
    const variables: Record<string, unknown> = { owner: ref.owner, name: ref.repo };
    for (const i of pending) Object.assign(variables, { [`labels${i}`]: [labels[i]], [`after${i}`]: cursors[i] });
    const { repository } = await octokit.graphql<{ repository: Record<string, IssuePage> }>(
      openIssuesQuery(pending),
      variables,
    );
    // Only the lists with more pages are asked for again.
    pending = pending.filter((i) => {
      const page = repository[`l${i}`]!;
      lists[i]!.push(...page.nodes.map(fromGraphqlIssue));
      cursors[i] = page.pageInfo.endCursor;
      return page.pageInfo.hasNextPage;
    });
  }
  return lists;
}
