import type { WorkflowContext } from './context.js';
import { runIntake } from './intake.js';
import { issueOfBranch } from './markers.js';
import type { PullInfo } from './ports.js';

export interface RefreshResult {
  updated: number[];
  unchanged: number[];
  closed: number[];
  summary: string;
}

/** The bot's open adopter PRs, with the issue each one belongs to. */
export function adopterPulls(ctx: WorkflowContext, pulls: PullInfo[]): { pull: PullInfo; issue: number }[] {
  return pulls.flatMap((pull) => {
    const issue = issueOfBranch(pull.headRef);
    return issue !== undefined && pull.author === ctx.settings['bot-login'] ? [{ pull, issue }] : [];
  });
}

/**
 * After the default branch moved (a push, or the bot's own merge, which starts no push run when made with
 * the workflow token): every open adopter PR is regenerated on the new base, so none conflicts and each
 * is still one pure insertion in the right place. Same content keeps its approval; a PR whose issue was
 * closed meanwhile is closed too.
 */
export async function refreshOpenPulls(ctx: WorkflowContext, except?: number): Promise<RefreshResult> {
  const { pulls, issues, repo } = ctx.ports;
  const open = await pulls.listOpen();
  const result: RefreshResult = { updated: [], unchanged: [], closed: [], summary: '' };
  for (const { pull, issue } of adopterPulls(ctx, open)) {
    if (issue === except) continue;
    const info = await issues.get(issue);
    if (!info || info.state === 'closed') {
      await pulls.update(pull.number, { state: 'closed' });
      await repo.deleteBranch(pull.headRef);
      result.closed.push(pull.number);
      continue;
    }
    const r = await runIntake(ctx, issue, { recommit: 'if-stale', openPulls: open });
    if (r.status === 'pr-updated') result.updated.push(pull.number);
    else if (r.status === 'invalid') result.closed.push(pull.number);
    else result.unchanged.push(pull.number);
  }
  result.summary = `Refreshed open adopter pull requests: ${result.updated.length} moved onto the new base, ${result.unchanged.length} already current, ${result.closed.length} closed.`;
  return result;
}
