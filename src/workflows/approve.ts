import { type Actor, authorize, overrideCounts } from './authorize.js';
import { upsertStickyComment, type WorkflowContext } from './context.js';
import { applyProposal, closeCompleted, dropApproval, ownPull, rejectInvalid } from './intake.js';
import { findStickyComment, readPrMarker } from './markers.js';
import { mergeVerified } from './merge.js';
import { closingComment, inert, inlineCode, quietLogin } from './messages.js';
import type { IssueInfo, PullInfo } from './ports.js';
import { prepareProposal } from './proposal.js';

export type ApprovalStatus =
  | 'merged'
  | 'auto-merge'
  | 'blocked'
  | 'approved'
  | 'unauthorized'
  | 're-approval-needed'
  | 'needs-review'
  | 'invalid'
  | 'rejected'
  | 'completed'
  | 'ignored';

export interface ApprovalResult {
  status: ApprovalStatus;
  issue: number;
  pull?: { number: number; url: string };
  /** Set when the default branch changed (a merge): the caller refreshes the other open PRs. */
  mergedSha?: string;
  summary: string;
}

const done = (status: ApprovalStatus, issue: number, summary: string, pull?: PullInfo): ApprovalResult => ({
  status,
  issue,
  pull: pull ? { number: pull.number, url: pull.url } : undefined,
  summary: `Issue #${issue}: ${summary}.`,
});

interface Labeled {
  issue: IssueInfo;
  openPulls: PullInfo[];
  own: PullInfo | undefined;
  /** The issue or PR that carries the label now (live: a re-run replays an old payload). */
  where: number;
}

/** The open submission and where a maintainer's label sits now; undefined when there is nothing to act on. */
async function findLabeled(ctx: WorkflowContext, issueNumber: number, label: string): Promise<Labeled | string> {
  const issue = await ctx.ports.issues.get(issueNumber);
  if (!issue || issue.isPullRequest || issue.state === 'closed') return 'not an open submission';
  const openPulls = await ctx.ports.pulls.listOpen();
  const own = ownPull(ctx, openPulls, issueNumber);
  const where = issue.labels.includes(label) ? issue.number : own?.labels.includes(label) ? own.number : undefined;
  if (where === undefined) return `the label "${label}" is no longer there`;
  return { issue, openPulls, own, where };
}

/** Who added the label (the event's sender, else the label's events) and whether it counts. */
async function judgeLabeler(ctx: WorkflowContext, found: Labeled, label: string, sender?: Actor) {
  const actor = sender ?? (await ctx.ports.issues.labelActor(found.where, label));
  const allowed = actor
    ? await authorize(ctx, actor, found.issue.author)
    : ({ ok: false, reason: 'the labeler could not be found' } as const);
  return { who: actor ? quietLogin(actor.login) : 'someone', allowed };
}

/**
 * A maintainer's approval label: check who added it (live permission), that the PR still carries exactly
 * what the issue now says (the content hash), that a flagged look-alike was overridden, then merge the
 * verified head — regenerated on the current base first when the base moved.
 */
export async function runApproval(ctx: WorkflowContext, issueNumber: number, sender?: Actor): Promise<ApprovalResult> {
  const s = ctx.settings;
  const found = await findLabeled(ctx, issueNumber, s['label-approved']);
  if (typeof found === 'string') return done('ignored', issueNumber, found);
  const { issue, openPulls } = found;
  let own = found.own;
  const proposal = await prepareProposal(ctx, issue, openPulls);
  if (proposal.kind === 'ignored') return done('ignored', issueNumber, proposal.why, own);
  if (proposal.kind === 'invalid') {
    const r = await rejectInvalid(ctx, issue, own, proposal.comment, proposal.why);
    return done('invalid', issueNumber, r.summary.replace(/^Issue #\d+: /, '').replace(/\.$/, ''));
  }
  if (proposal.kind === 'completed') {
    await closeCompleted(ctx, issue, own, proposal.comment, proposal.why);
    return done('completed', issueNumber, 'nothing left to do; closed as completed');
  }
  const say = (notice: string, recommit?: 'always') =>
    applyProposal(ctx, issue, own, proposal, { notice, recommit, openPulls });

  const { who, allowed } = await judgeLabeler(ctx, found, s['label-approved'], sender);
  if (!allowed.ok) {
    await dropApproval(ctx, issue, own);
    await say(
      `> [!WARNING]\n> The approval by ${who} does not count: ${inert(allowed.reason)}. The label was removed.`,
    );
    return done('unauthorized', issueNumber, 'approval refused (not an approver)', own);
  }
  if (!own || readPrMarker(own, s['bot-login'])?.hash !== proposal.hash) {
    // The approval was given to other content (or to no PR at all): show the current one, ask again.
    await dropApproval(ctx, issue, own);
    const r = await say(
      '> [!NOTE]\n> The entry changed since it was approved, so the approval was removed: please review it again.',
    );
    return {
      ...done('re-approval-needed', issueNumber, 'the approved content changed; re-approval needed'),
      pull: r.pull,
    };
  }
  if (proposal.flags.length && !(await overrideCounts(ctx, issue))) {
    await dropApproval(ctx, issue, own);
    await say(
      `> [!WARNING]\n> This entry was flagged for review (see the notes below). A maintainer must add ${inlineCode(s['label-override'])} before approving it.`,
    );
    return done('needs-review', issueNumber, 'flagged submission: override label required before approval', own);
  }
  if (!s['merge-on-approval']) {
    await say(`> [!NOTE]\n> Approved by ${who}. Merging is left to a maintainer.`);
    return done('approved', issueNumber, 'approved; merge left to a maintainer', own);
  }
  // What gets merged is a commit the bot makes now from what it previewed, on the current base (same
  // hash: the approval stands) — never a head someone else may have pushed to the branch.
  const fresh = await say('', 'always');
  if (fresh.head) own = { ...own, headSha: fresh.head };
  const merged = await mergeVerified(ctx, own, proposal.title);
  if (merged.kind === 'merged') {
    await finishMerged(
      ctx,
      issue,
      own,
      `${proposal.done} ${inlineCode(proposal.path)} in #${own.number}, approved by ${who}. Thank you!`,
    );
    return { ...done('merged', issueNumber, `pull request #${own.number} merged`, own), mergedSha: merged.sha };
  }
  if (merged.kind === 'auto-merge') {
    await say(
      `> [!NOTE]\n> Approved by ${who}. Auto-merge is on: the pull request merges once its checks pass (${inert(merged.blocker)}).`,
    );
    return done('auto-merge', issueNumber, `auto-merge enabled on #${own.number}`, own);
  }
  const blocker = merged.kind === 'head-moved' ? 'the pull request changed while it was being merged' : merged.blocker;
  await say(
    `> [!WARNING]\n> Approved by ${who}, but GitHub refused the merge: ${inert(blocker)}. The pull request is ready for a maintainer to merge.`,
  );
  ctx.ports.reporter.warning(`Pull request #${own.number} could not be merged: ${blocker}`);
  return done('blocked', issueNumber, `merge of #${own.number} blocked`, own);
}

/** After the merge: the comment says so, the issue is closed as completed, the branch is gone. */
export async function finishMerged(
  ctx: WorkflowContext,
  issue: IssueInfo,
  pull: PullInfo,
  detail: string,
): Promise<void> {
  const s = ctx.settings;
  const request = readPrMarker(pull, s['bot-login'])?.request;
  await upsertStickyComment(ctx, issue.number, closingComment('merged', detail, request), (c) =>
    findStickyComment(c, s['bot-login']),
  );
  const live = await ctx.ports.issues.get(issue.number);
  // "Closes #n" already closed it when the PR went into the default branch; otherwise close it here.
  if (live?.state === 'open') await ctx.ports.issues.close(issue.number, 'completed');
  if (issue.labels.includes(s['label-pr-open'])) await ctx.ports.issues.removeLabel(issue.number, s['label-pr-open']);
  await ctx.ports.repo.deleteBranch(pull.headRef);
}

/** A maintainer's rejection label: checked like an approval, then everything is closed politely. */
export async function runRejection(ctx: WorkflowContext, issueNumber: number, sender?: Actor): Promise<ApprovalResult> {
  const { issues, pulls, repo } = ctx.ports;
  const s = ctx.settings;
  const label = s['label-rejected'];
  const found = await findLabeled(ctx, issueNumber, label);
  if (typeof found === 'string') return done('ignored', issueNumber, found);
  const { issue, openPulls, own, where } = found;
  const { who, allowed } = await judgeLabeler(ctx, found, label, sender);
  if (!allowed.ok) {
    await issues.removeLabel(where, label);
    const notice = `> [!WARNING]\n> The rejection by ${who} does not count: ${inert(allowed.reason)}. The label was removed.`;
    const proposal = await prepareProposal(ctx, issue, openPulls);
    if (proposal.kind === 'ready') await applyProposal(ctx, issue, own, proposal, { notice, openPulls });
    return done('unauthorized', issueNumber, 'rejection refused (not an approver)', own);
  }
  if (own) {
    await pulls.update(own.number, { state: 'closed' });
    await repo.deleteBranch(own.headRef);
  }
  const request =
    (own && readPrMarker(own, s['bot-login'])?.request) ??
    (issue.labels.includes(s['label-adopter-change']) ? 'update' : 'add');
  await upsertStickyComment(ctx, issue.number, closingComment('rejected', inert(s['reject-message']), request), (c) =>
    findStickyComment(c, s['bot-login']),
  );
  for (const l of [s['label-pr-open'], s['label-approved']])
    if (issue.labels.includes(l)) await issues.removeLabel(issue.number, l);
  if (where !== issue.number && !issue.labels.includes(label)) await issues.addLabels(issue.number, [label]);
  await issues.close(issue.number, 'not_planned');
  return done('rejected', issueNumber, 'rejected', own);
}
