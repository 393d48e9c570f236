import { finishMerged } from './approve.js';
import { upsertStickyComment, type WorkflowContext } from './context.js';
import { ownPull } from './intake.js';
import { findStickyComment, issueOfBranch, readPrMarker } from './markers.js';
import { closingComment } from './messages.js';
import { refreshOpenPulls } from './refresh.js';

export interface LifecycleResult {
  status: 'withdrawn' | 'merged' | 'pr-closed' | 'ignored';
  issue?: number;
  summary: string;
}

/** The author (or a maintainer) closed the submission issue: its open PR goes too. */
export async function onIssueClosed(ctx: WorkflowContext, number: number, sender: string): Promise<LifecycleResult> {
  const s = ctx.settings;
  if (sender === s['bot-login'])
    return { status: 'ignored', issue: number, summary: `Issue #${number} closed by the bot.` };
  const own = ownPull(ctx, await ctx.ports.pulls.listOpen(), number);
  if (!own) return { status: 'ignored', issue: number, summary: `Issue #${number} closed; no open pull request.` };
  await ctx.ports.pulls.update(own.number, { state: 'closed' });
  await ctx.ports.repo.deleteBranch(own.headRef);
  await upsertStickyComment(
    ctx,
    number,
    closingComment(
      'withdrawn',
      `The issue was closed, so pull request #${own.number} was closed too. Reopen the issue to propose the entry again.`,
    ),
    (c) => findStickyComment(c, s['bot-login']),
  );
  await ctx.ports.issues.removeLabel(number, s['label-pr-open']);
  return {
    status: 'withdrawn',
    issue: number,
    summary: `Issue #${number} closed: pull request #${own.number} closed.`,
  };
}

/**
 * A bot PR was closed. Merged by a person: close the issue and refresh the other PRs. Closed unmerged by
 * a person: say so on the issue and mark it for changes (an edit proposes the entry again).
 */
export async function onPullClosed(
  ctx: WorkflowContext,
  pull: { number: number; headRef: string; merged: boolean },
  sender: string,
): Promise<LifecycleResult> {
  const s = ctx.settings;
  const number = issueOfBranch(pull.headRef);
  const issue = number === undefined ? undefined : await ctx.ports.issues.get(number);
  if (!issue || sender === s['bot-login'])
    return { status: 'ignored', issue: number, summary: `Pull request #${pull.number} closed.` };
  // Only the bot's own PR stands for a submission: anyone can name a branch adopters/issue-<n>.
  const live = await ctx.ports.pulls.get(pull.number);
  if (live.author !== s['bot-login'])
    return { status: 'ignored', issue: number, summary: `Pull request #${pull.number} is not the bot's.` };
  if (pull.merged) {
    const request = readPrMarker(live, s['bot-login'])?.request;
    const verb = request === 'update' ? 'Updated' : request === 'remove' ? 'Removed' : 'Added';
    await finishMerged(ctx, issue, live, `${verb} in #${pull.number}. Thank you!`);
    const refresh = await refreshOpenPulls(ctx, issue.number);
    return {
      status: 'merged',
      issue: issue.number,
      summary: `Pull request #${pull.number} merged by hand; issue #${issue.number} closed. ${refresh.summary}`,
    };
  }
  if (issue.state === 'closed')
    return { status: 'ignored', issue: issue.number, summary: `Pull request #${pull.number} closed.` };
  await upsertStickyComment(
    ctx,
    issue.number,
    closingComment(
      'withdrawn',
      `Pull request #${pull.number} was closed without being merged. To propose the entry again, edit this issue.`,
    ),
    (c) => findStickyComment(c, s['bot-login']),
  );
  if (issue.labels.includes(s['label-pr-open'])) await ctx.ports.issues.removeLabel(issue.number, s['label-pr-open']);
  await ctx.ports.issues.addLabels(issue.number, [s['label-needs-changes']]);
  return {
    status: 'pr-closed',
    issue: issue.number,
    summary: `Pull request #${pull.number} closed unmerged; issue #${issue.number} marked.`,
  };
}
