import type { WorkflowContext } from './context.js';
import type { IssueInfo, PermissionLevel } from './ports.js';

const RANK: Record<PermissionLevel, number> = { none: 0, read: 1, triage: 2, write: 3, maintain: 4, admin: 5 };

export interface Actor {
  login: string;
  /** `Bot` for apps and bots, `User` otherwise (from the event's sender or the label event's actor). */
  type?: string;
}

export type Authorization = { ok: true } | { ok: false; reason: string };

/**
 * Does this person's label count? Checked live, every run (labels need only triage, and a re-run
 * replays an old payload): the collaborator-permission API — never `author_association` — must give at
 * least `approver-permission`; bots are approvers only when listed; the issue's author may not approve
 * their own submission unless allowed. Errors other than 404 propagate: the run fails closed.
 */
export async function authorize(ctx: WorkflowContext, actor: Actor, issueAuthor: string): Promise<Authorization> {
  const s = ctx.settings;
  const isBot = actor.type === 'Bot' || actor.login.endsWith('[bot]');
  if (actor.login === s['bot-login']) return { ok: false, reason: 'the bot does not approve its own work' };
  if (isBot && !s['approver-bots'].includes(actor.login)) {
    return { ok: false, reason: 'bots are not approvers unless listed in the approver-bots setting' };
  }
  if (actor.login.toLowerCase() === issueAuthor.toLowerCase() && !s['allow-self-approval']) {
    return { ok: false, reason: 'the author of a submission cannot approve it' };
  }
  const { level, role } = await ctx.ports.permissions.levelOf(actor.login);
  const needed = s['approver-permission'];
  if (RANK[level] < RANK[needed]) {
    return {
      ok: false,
      reason: `approving needs the ${needed} permission on this repository; the labeler has ${role === 'none' ? 'none' : `the ${role} role`}`,
    };
  }
  return { ok: true };
}

/** A flagged submission is accepted only with the override label, added by someone whose approval counts. */
export async function overrideCounts(ctx: WorkflowContext, issue: IssueInfo): Promise<boolean> {
  const label = ctx.settings['label-override'];
  if (!issue.labels.includes(label)) return false;
  const actor = await ctx.ports.issues.labelActor(issue.number, label);
  return Boolean(actor && (await authorize(ctx, actor, issue.author)).ok);
}
