import type { Settings } from '../config/settings.js';
import { runApproval, runRejection } from './approve.js';
import type { WorkflowContext } from './context.js';
import { ownPull, runIntake } from './intake.js';
import { refreshOpenPulls } from './refresh.js';

/** At most this many issues are caught up per run; the next run continues (keeps a run short and polite). */
const MAX_PER_RUN = 20;

/** The labels of the issues the catch-up looks at (the writer run shares this listing: run-reads.ts). */
export function catchUpLabels(s: Settings): string[] {
  return [s['label-adopter'], s['label-adopter-change']];
}

/**
 * GitHub keeps one pending run per concurrency group and drops the others, so every run catches up on
 * what a dropped run would have done, from live state: submissions and change requests never processed,
 * approvals and rejections not acted on, and PRs whose issue was closed. `done` lists issues this run already handled.
 */
export async function reconcile(ctx: WorkflowContext, done: Set<number> = new Set()): Promise<string[]> {
  const s = ctx.settings;
  const summaries: string[] = [];
  const [submissions = [], changes = []] = await ctx.ports.issues.listOpen(catchUpLabels(s));
  // One request lists both; an issue carrying both labels is caught up once.
  const open = [...submissions, ...changes.filter((c) => !submissions.some((i) => i.number === c.number))];
  let pulls = await ctx.ports.pulls.listOpen();
  let wrote = false;
  const state = [s['label-pr-open'], s['label-needs-changes'], s['label-rejected']];
  let handled = 0;
  let mergedAny = false;
  for (const issue of open) {
    if (done.has(issue.number)) continue;
    if (handled >= MAX_PER_RUN) {
      summaries.push(`More submissions are pending; the next run continues.`);
      break;
    }
    // A candidate handled before may have opened a PR: the next duplicate check must see it.
    if (wrote) [pulls, wrote] = [await ctx.ports.pulls.listOpen(), false];
    const own = ownPull(ctx, pulls, issue.number);
    const approved = issue.labels.includes(s['label-approved']) || Boolean(own?.labels.includes(s['label-approved']));
    let summary: string | undefined;
    if (issue.labels.includes(s['label-rejected']) || own?.labels.includes(s['label-rejected'])) {
      summary = (await runRejection(ctx, issue.number)).summary;
    } else if (approved && s['merge-on-approval']) {
      const r = await runApproval(ctx, issue.number);
      mergedAny ||= r.status === 'merged';
      summary = r.summary;
    } else if (!state.some((l) => issue.labels.includes(l))) {
      summary = (await runIntake(ctx, issue.number, { openPulls: pulls })).summary;
    }
    if (summary) {
      handled++;
      wrote = true;
      summaries.push(summary);
    }
  }
  if (mergedAny) summaries.push((await refreshOpenPulls(ctx)).summary);
  return summaries;
}
