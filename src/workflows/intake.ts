import { overrideCounts } from './authorize.js';
import { upsertStickyComment, fileUrl, type WorkflowContext } from './context.js';
import { branchFor, findStickyComment, readPrMarker } from './markers.js';
import { forbiddenComment, previewComment } from './messages.js';
import { type IssueInfo, PullRequestCreationForbidden, type PullInfo } from './ports.js';
import { prepareProposal, type ReadyProposal } from './proposal.js';

export { checkFormLabels } from './proposal.js';

export type IntakeStatus = 'invalid' | 'pr-created' | 'pr-updated' | 'unchanged' | 'ignored' | 'blocked' | 'completed';

export interface IntakeResult {
  status: IntakeStatus;
  issue: number;
  pull?: { number: number; url: string };
  /** The PR's new head when this run committed one. */
  head?: string;
  /** One line for the job summary (no untrusted text). */
  summary: string;
}

type Ready = ReadyProposal;

export interface IntakeOptions {
  /**
   * Re-commit the same content on the current base: `if-stale` when the base moved (a refresh),
   * `always` right before a merge, so the merged head is a commit the bot made from what it previewed,
   * whatever anyone pushed to the branch meanwhile.
   */
  recommit?: 'if-stale' | 'always';
  /** A line shown at the top of the sticky comment (why an approval was removed, what was merged…). */
  notice?: string;
  /** Open pull requests, when the caller already listed them. */
  openPulls?: PullInfo[];
}

/** The bot's own open PR for an issue: on our branch and authored by the bot. */
export function ownPull(ctx: WorkflowContext, pulls: PullInfo[], issue: number): PullInfo | undefined {
  return pulls.find((p) => p.headRef === branchFor(issue) && p.author === ctx.settings['bot-login']);
}

/**
 * Intake of one submission issue: validate, then open or update the one PR that inserts the entry,
 * and keep one sticky comment saying what happened. Re-running it changes nothing twice.
 */
export async function runIntake(
  ctx: WorkflowContext,
  issueNumber: number,
  options: IntakeOptions = {},
): Promise<IntakeResult> {
  const issue = await ctx.ports.issues.get(issueNumber);
  const ignored = (why: string): IntakeResult => ({
    status: 'ignored',
    issue: issueNumber,
    summary: `Issue #${issueNumber}: ${why}.`,
  });
  if (!issue || issue.isPullRequest) return ignored('not an issue');
  if (issue.state === 'closed' || issue.locked)
    return ignored(issue.locked ? 'locked, left alone' : 'closed, left alone');
  const pulls = options.openPulls ?? (await ctx.ports.pulls.listOpen());
  const own = ownPull(ctx, pulls, issueNumber);
  const proposal = await prepareProposal(ctx, issue, pulls);
  if (proposal.kind === 'ignored') return ignored(proposal.why);
  if (proposal.kind === 'invalid') return rejectInvalid(ctx, issue, own, proposal.comment, proposal.why);
  if (proposal.kind === 'completed') return closeCompleted(ctx, issue, own, proposal.comment, proposal.why);
  return applyProposal(ctx, issue, own, proposal, options);
}

/**
 * A request already fulfilled (the entry it would remove is gone): say so, close any PR the bot had
 * opened for it, and close the issue as completed.
 */
export async function closeCompleted(
  ctx: WorkflowContext,
  issue: IssueInfo,
  own: PullInfo | undefined,
  comment: string,
  why: string,
): Promise<IntakeResult> {
  const s = ctx.settings;
  await upsertStickyComment(ctx, issue.number, comment, (c) => findStickyComment(c, s['bot-login']));
  await closeOwnPull(ctx, own);
  await removeLabels(ctx, issue, [
    s['label-pr-open'],
    s['label-approved'],
    s['label-needs-changes'],
    s['label-needs-review'],
  ]);
  await ctx.ports.issues.close(issue.number, 'completed');
  return {
    status: 'completed',
    issue: issue.number,
    summary: `Issue #${issue.number}: nothing to do (${why}); closed.`,
  };
}

/** The bot's PR for an issue, closed and its branch deleted (nothing when there is none). */
async function closeOwnPull(ctx: WorkflowContext, own: PullInfo | undefined): Promise<void> {
  if (!own) return;
  await ctx.ports.pulls.update(own.number, { state: 'closed' });
  await ctx.ports.repo.deleteBranch(own.headRef);
}

/** Takes off the issue those of `labels` it carries. */
async function removeLabels(ctx: WorkflowContext, issue: IssueInfo, labels: string[]): Promise<void> {
  for (const label of labels) if (issue.labels.includes(label)) await ctx.ports.issues.removeLabel(issue.number, label);
}

/** Errors to fix: one comment, the needs-changes label, and no PR standing for an invalid submission. */
export async function rejectInvalid(
  ctx: WorkflowContext,
  issue: IssueInfo,
  own: PullInfo | undefined,
  comment: string,
  why: string,
): Promise<IntakeResult> {
  const s = ctx.settings;
  await upsertStickyComment(ctx, issue.number, comment, (c) => findStickyComment(c, s['bot-login']));
  if (!issue.labels.includes(s['label-needs-changes']))
    await ctx.ports.issues.addLabels(issue.number, [s['label-needs-changes']]);
  await removeLabels(ctx, issue, [s['label-pr-open'], s['label-approved'], s['label-needs-review']]);
  // An edit made a valid submission invalid: its PR no longer stands for anything.
  await closeOwnPull(ctx, own);
  return { status: 'invalid', issue: issue.number, summary: `Issue #${issue.number}: invalid (${why}).` };
}

/** Writes a ready proposal: one commit on the base, the branch, the PR, the comment, the labels. */
export async function applyProposal(
  ctx: WorkflowContext,
  issue: IssueInfo,
  own: PullInfo | undefined,
  p: Ready,
  options: IntakeOptions = {},
): Promise<IntakeResult> {
  const { repo, issues, pulls } = ctx.ports;
  const s = ctx.settings;
  const sameContent = own !== undefined && readPrMarker(own, s['bot-login'])?.hash === p.hash;
  const stale =
    sameContent &&
    (options.recommit === 'always' ||
      (options.recommit === 'if-stale' && (await repo.parentOf(own.headSha)) !== p.tip.sha));
  let status: IntakeStatus = 'unchanged';
  let pull = own ? { number: own.number, url: own.url } : undefined;
  let head: string | undefined;
  if (!sameContent || stale) {
    const commit = await repo.commitFile({
      parent: p.tip.sha,
      parentTree: p.tip.tree,
      path: p.path,
      content: p.content,
      message: `${p.title}\n\nSubmitted in #${issue.number}.`,
    });
    await repo.setBranch(branchFor(issue.number), commit);
    head = commit;
    if (own) {
      if (!sameContent) await pulls.update(own.number, { title: p.title, body: p.body });
      status = 'pr-updated';
      // Different content: an approval given before no longer stands (a rebase keeps it: same content).
      if (!sameContent) await dropApproval(ctx, issue, own);
    } else {
      try {
        const created = await pulls.create({
          title: p.title,
          body: p.body,
          head: branchFor(issue.number),
          base: p.base,
        });
        pull = { number: created.number, url: created.url };
        status = 'pr-created';
      } catch (error) {
        if (!(error instanceof PullRequestCreationForbidden)) throw error;
        return prForbidden(ctx, issue);
      }
    }
  }
  const needsReview = p.flags.length > 0 && !(await overrideCounts(ctx, issue));
  const comment = previewComment({
    file: p.path,
    fileUrl: fileUrl(ctx, p.base, p.path),
    line: p.line,
    what: p.preview,
    hunk: p.hunk,
    pull,
    approveLabel: s['label-approved'],
    warnings: p.warnings,
    needsReview,
    overrideLabel: s['label-override'],
    notice: options.notice,
  });
  await upsertStickyComment(ctx, issue.number, comment, (c) => findStickyComment(c, s['bot-login']));
  const wanted = [s['label-pr-open'], ...(needsReview ? [s['label-needs-review']] : [])].filter(
    (l) => !issue.labels.includes(l),
  );
  await issues.addLabels(issue.number, wanted);
  if (issue.labels.includes(s['label-needs-changes'])) await issues.removeLabel(issue.number, s['label-needs-changes']);
  const verb =
    status === 'pr-created'
      ? 'opened'
      : status === 'pr-updated'
        ? sameContent
          ? 'moved onto the new base'
          : 'updated'
        : 'unchanged';
  return {
    status,
    issue: issue.number,
    pull,
    head,
    summary: `Issue #${issue.number}: pull request #${pull?.number ?? '?'} ${verb}.`,
  };
}

/** Removes the approval label from the issue and its PR: the content it approved is gone. */
export async function dropApproval(ctx: WorkflowContext, issue: IssueInfo, own: PullInfo | undefined): Promise<void> {
  const label = ctx.settings['label-approved'];
  if (issue.labels.includes(label)) await ctx.ports.issues.removeLabel(issue.number, label);
  if (own?.labels.includes(label)) await ctx.ports.issues.removeLabel(own.number, label);
}

async function prForbidden(ctx: WorkflowContext, issue: IssueInfo): Promise<IntakeResult> {
  await upsertStickyComment(ctx, issue.number, forbiddenComment(), (c) =>
    findStickyComment(c, ctx.settings['bot-login']),
  );
  ctx.ports.reporter.warning(
    'GitHub Actions is not permitted to create pull requests here: enable "Allow GitHub Actions to create and approve pull requests" (Settings → Actions → General) or pass a GitHub App token / PAT as the token input.',
  );
  return {
    status: 'blocked',
    issue: issue.number,
    summary: `Issue #${issue.number}: valid, but the repository does not let GitHub Actions open pull requests.`,
  };
}
