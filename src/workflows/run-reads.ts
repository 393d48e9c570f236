import { bindMethods } from './bind-methods.js';
import type { GitHubPorts, IssueInfo, PullInfo } from './ports.js';

/**
 * The reads of one writer run, shared between its event flow and the catch-up after it (reconcile.ts),
 * so a new submission costs no listing twice:
 *
 * - **Open submissions and change requests** (the issues with any of `labels`) are listed once per run,
 *   in one request. Reconcile only picks its candidates from that listing, and every flow reads its
 *   issue again before acting. That first read of an issue is answered from the listing while the run
 *   has written nothing yet, which is the same as reading it at that moment; once the run has written
 *   anything, reads go to GitHub.
 * - **Open pull requests** are listed once and kept, with the ones this run opens added. A write that
 *   touches a kept pull request (its state, text, labels or head branch) drops the list, and the next
 *   read lists again: no decision rests on a pull request this run changed since it was listed.
 * - **Comments**: an issue that had no comment when it was read, and that this run has not commented
 *   on since, has no sticky comment to find, so its comments are not listed. (The writer runs of a
 *   repository share one concurrency group: no other run of the bot comments meanwhile.)
 */
export function shareRunReads(ports: GitHubPorts, labels: readonly string[]): GitHubPorts {
  const { repo, issues, pulls } = ports;
  let wrote = false;
  let listed: Promise<IssueInfo[][]> | undefined;
  const answered = new Set<number>();
  const commentCounts = new Map<number, number>();
  let listing: Promise<PullInfo[]> | undefined;
  let kept: PullInfo[] | undefined;
  const opened: PullInfo[] = [];

  const noteComments = (issue: IssueInfo | undefined) => {
    if (issue?.comments !== undefined) commentCounts.set(issue.number, issue.comments);
  };
  const listShared = () =>
    (listed ??= issues.listOpen(labels).then((lists) => (lists.flat().forEach(noteComments), lists)));

  const dropPulls = () => {
    listing = undefined;
    kept = undefined;
    opened.length = 0;
  };
  /** Whether a write to this pull request or branch may change what the kept list says. */
  const touches = (target: { number?: number; branch?: string }) =>
    // A listing still on its way may or may not show the change.
    (listing !== undefined && kept === undefined) ||
    [...(kept ?? []), ...opened].some((p) => p.number === target.number || p.headRef === target.branch);
  const write =
    <A extends unknown[], R>(
      fn: (...args: A) => Promise<R>,
      target?: (...args: A) => { number?: number; branch?: string },
    ) =>
    (...args: A): Promise<R> => {
      wrote = true;
      if (target && touches(target(...args))) dropPulls();
      return fn(...args);
    };

  return {
    ...ports,
    repo: {
      ...bindMethods(repo),
      commitFile: write(repo.commitFile.bind(repo)),
      setBranch: write(repo.setBranch.bind(repo), (branch) => ({ branch })),
      deleteBranch: write(repo.deleteBranch.bind(repo), (branch) => ({ branch })),
    },
    issues: {
      ...bindMethods(issues),
      async get(number) {
        if (!wrote && !answered.has(number)) {
          answered.add(number);
          const found = (await listShared()).flat().find((i) => i.number === number);
          if (found) return found;
        }
        const issue = await issues.get(number);
        noteComments(issue);
        return issue;
      },
      async listOpen(wanted) {
        if (!wanted.every((label) => labels.includes(label))) return issues.listOpen(wanted);
        const lists = await listShared();
        return wanted.map((label) => lists[labels.indexOf(label)]!);
      },
      comments: (number) => (commentCounts.get(number) === 0 ? Promise.resolve([]) : issues.comments(number)),
      createComment: write((number: number, body: string) => {
        commentCounts.delete(number);
        return issues.createComment(number, body);
      }),
      updateComment: write(issues.updateComment.bind(issues)),
      addLabels: write(issues.addLabels.bind(issues), (number) => ({ number })),
      removeLabel: write(issues.removeLabel.bind(issues), (number) => ({ number })),
      close: write(issues.close.bind(issues)),
    },
    pulls: {
      ...bindMethods(pulls),
      async listOpen() {
        const request = (listing ??= pulls.listOpen());
        const list = await request;
        // Dropped by a write while on its way: the caller gets what GitHub answered; nothing is kept.
        if (listing !== request) return list;
        kept ??= list;
        return [...kept, ...opened];
      },
      create: write(
        async (args: Parameters<typeof pulls.create>[0]) => {
          const created = await pulls.create(args);
          if (kept) opened.push(created);
          return created;
        },
        (args) => ({ branch: args.head }),
      ),
      update: write(pulls.update.bind(pulls), (number) => ({ number })),
      merge: write(pulls.merge.bind(pulls), (number) => ({ number })),
      enableAutoMerge: write(pulls.enableAutoMerge.bind(pulls)),
    },
  };
}
