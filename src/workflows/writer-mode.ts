import { runApproval, runRejection } from './approve.js';
import type { WorkflowContext } from './context.js';
import type { EventPayload } from './event.js';
import { runIntake } from './intake.js';
import { onIssueClosed, onPullClosed } from './lifecycle.js';
import { issueOfBranch } from './markers.js';
import { catchUpLabels, reconcile } from './reconcile.js';
import { refreshOpenPulls } from './refresh.js';
import { shareRunReads } from './run-reads.js';

/** What a writer flow did (dispatch.ts passes it on as the run's outcome). */
export interface WriterModeResult {
  status: string;
  issue?: number;
  pull?: { number: number; url: string };
  summary: string;
}

/** The writer flows (routed from dispatch.ts): one event's flow, then catching up on pending work (see reconcile.ts). */
export async function writerMode(
  context: WorkflowContext,
  eventName: string,
  event: EventPayload,
): Promise<WriterModeResult> {
  const ctx = { ...context, ports: shareRunReads(context.ports, catchUpLabels(context.settings)) };
  const outcome = await route(ctx, eventName, event);
  if (outcome.status === 'not-a-writer-event') return { status: 'ignored', summary: outcome.summary };
  const more = await reconcile(ctx, new Set(outcome.issue === undefined ? [] : [outcome.issue]));
  return more.length ? { ...outcome, summary: [outcome.summary, ...more].join('\n') } : outcome;
}

async function route(ctx: WorkflowContext, eventName: string, event: EventPayload): Promise<WriterModeResult> {
  const s = ctx.settings;
  const action = event.action ?? '';
  const sender = event.sender ? { login: event.sender.login, type: event.sender.type } : undefined;
  const label = event.label?.name;
  const forced = s.mode;

  if (forced === 'refresh' || (eventName === 'push' && touchesAdoptersFile(ctx, event))) {
    const r = await refreshOpenPulls(ctx);
    return { status: 'refreshed', summary: r.summary };
  }
  if (eventName === 'issues' && event.issue && !event.issue.pull_request) {
    const n = event.issue.number;
    if (['opened', 'edited', 'reopened'].includes(action) || forced === 'intake')
      return fromApproval(await runIntake(ctx, n));
    if (action === 'labeled' && label === s['label-approved']) return approveAndRefresh(ctx, n, sender);
    if (action === 'labeled' && label === s['label-rejected']) return fromApproval(await runRejection(ctx, n, sender));
    if (action === 'labeled' && label === s['label-override']) return approveAndRefresh(ctx, n);
    if (action === 'labeled' && (label === s['label-adopter'] || label === s['label-adopter-change']))
      return fromApproval(await runIntake(ctx, n));
    if (action === 'closed') return onIssueClosed(ctx, n, sender?.login ?? '');
    return { status: 'ignored', issue: n, summary: `Nothing to do for issues.${action}.` };
  }
  if (eventName === 'pull_request' && event.pull_request) {
    const pr = event.pull_request;
    const n = issueOfBranch(pr.head.ref);
    if (n === undefined)
      return { status: 'ignored', summary: `Pull request #${pr.number} is not an adopter pull request.` };
    if (action === 'labeled' && label === s['label-approved']) return approveAndRefresh(ctx, n, sender);
    if (action === 'labeled' && label === s['label-rejected']) return fromApproval(await runRejection(ctx, n, sender));
    if (action === 'closed')
      return onPullClosed(
        ctx,
        { number: pr.number, headRef: pr.head.ref, merged: Boolean(pr.merged) },
        sender?.login ?? '',
      );
    return { status: 'ignored', issue: n, summary: `Nothing to do for pull_request.${action}.` };
  }
  if (eventName === 'workflow_dispatch' || eventName === 'push' || forced === 'approval') {
    return { status: 'reconciled', summary: 'Caught up on pending submissions.' };
  }
  return { status: 'not-a-writer-event', summary: `Nothing to do for ${eventName}${action ? `.${action}` : ''}.` };
}

/** A push to the default branch that changed the adopters file (the only base change PRs care about). */
function touchesAdoptersFile(ctx: WorkflowContext, event: EventPayload): boolean {
  const branch = event.repository?.default_branch;
  if (branch && event.ref !== `refs/heads/${branch}`) return false;
  const paths = [ctx.settings['adopters-file'], ...Object.values(ctx.settings['section-files'])];
  const commits = event.commits ?? [];
  // Without the commit list (a push of over 2048 commits has none), refreshing is the safe choice.
  return (
    !commits.length ||
    commits.some((c) =>
      [...(c.added ?? []), ...(c.modified ?? []), ...(c.removed ?? [])].some((p) => paths.includes(p)),
    )
  );
}

/** An approval that merged changed the default branch: bring the other open PRs onto it now (a merge
 * made with the workflow token starts no push run that would do it). */
async function approveAndRefresh(
  ctx: WorkflowContext,
  issue: number,
  sender?: { login: string; type?: string },
): Promise<WriterModeResult> {
  const r = await runApproval(ctx, issue, sender);
  if (r.status !== 'merged') return fromApproval(r);
  const refresh = await refreshOpenPulls(ctx, issue);
  return { ...fromApproval(r), summary: `${r.summary}\n${refresh.summary}` };
}

function fromApproval(r: {
  status: string;
  issue?: number;
  pull?: { number: number; url: string };
  summary: string;
}): WriterModeResult {
  return { status: r.status, issue: r.issue, pull: r.pull, summary: r.summary };
}
