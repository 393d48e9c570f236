import type { WorkflowContext } from './context.js';
import type { MergeSettings, PullInfo } from './ports.js';

type Method = 'squash' | 'merge' | 'rebase';

export type MergeResult =
  | { kind: 'merged'; sha: string; method: Method }
  | { kind: 'auto-merge'; method: Method; blocker: string }
  | { kind: 'blocked'; blocker: string }
  /** The head moved under us twice: somebody else is writing to the branch; stop and say so. */
  | { kind: 'head-moved' };

/** The configured method first, then the others the repository allows. */
export function mergeMethods(preferred: Method, allowed: MergeSettings): Method[] {
  const order: Method[] = [preferred, ...(['squash', 'merge', 'rebase'] as const).filter((m) => m !== preferred)];
  return order.filter((m) => allowed[m]);
}

/**
 * Merges exactly the head we verified (`sha`): a moved head (409) is never merged blindly; a method the
 * repository refuses falls back to the next allowed one; required checks, reviews or rulesets (405) turn
 * on auto-merge where the repository allows it, else the blocker is reported and the PR left ready.
 */
export async function mergeVerified(ctx: WorkflowContext, pull: PullInfo, title: string): Promise<MergeResult> {
  const { pulls, repo } = ctx.ports;
  const allowed = await repo.mergeSettings();
  const methods = mergeMethods(ctx.settings['merge-method'], allowed);
  if (!methods.length) return { kind: 'blocked', blocker: 'the repository allows no merge method' };
  let blocker = '';
  for (const method of methods) {
    const outcome = await pulls.merge(pull.number, { sha: pull.headSha, method, title: `${title} (#${pull.number})` });
    if (outcome.kind === 'merged') return { kind: 'merged', sha: outcome.sha, method };
    if (outcome.kind === 'head-moved') return { kind: 'head-moved' };
    if (outcome.kind === 'method-not-allowed') continue;
    blocker = outcome.message;
    if (allowed.autoMerge && (await pulls.enableAutoMerge(pull.nodeId, method)))
      return { kind: 'auto-merge', method, blocker };
    return { kind: 'blocked', blocker };
  }
  return { kind: 'blocked', blocker: blocker || 'none of the merge methods the repository allows was accepted' };
}
