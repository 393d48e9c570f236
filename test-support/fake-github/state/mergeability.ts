// Whether a pull request can be merged now, and the 405 message GitHub gives when it cannot: conflicts
// (file-level three-way merge), drafts, protection and rulesets, and "require up to date" branches.
import { mergedTree } from './merge-strategies.js';
import type { PullRequest } from './pulls.js';
import type { FakeRepository } from './repository.js';

export type MergeableState = 'clean' | 'dirty' | 'blocked' | 'behind' | 'draft' | 'unknown';

export interface Mergeability {
  mergeable: boolean | null;
  state: MergeableState;
  /** The 405 message a merge would get now, if any. */
  refusal?: string;
}

export function assessMergeability(repo: FakeRepository, pull: PullRequest): Mergeability {
  const baseSha = repo.refs.branch(pull.base);
  if (!baseSha) return { mergeable: null, state: 'unknown', refusal: 'Base branch was deleted' };
  if (mergedTree(repo.git, baseSha, pull.headSha).conflicts.length) {
    return { mergeable: false, state: 'dirty', refusal: 'Pull Request is not mergeable' };
  }
  if (pull.draft) return { mergeable: true, state: 'draft', refusal: 'Pull Request is still a draft' };
  const { settings, protection } = repo;
  const blocker = protection.mergeBlocker(pull.base, settings.defaultBranch, {
    passingContexts: repo.passingContexts(pull.headSha),
    approvals: pull.approvals.size,
  });
  if (blocker) return { mergeable: true, state: 'blocked', refusal: blocker };
  if (protection.branchProtection(pull.base)?.strict && !repo.git.isAncestor(baseSha, pull.headSha)) {
    return { mergeable: true, state: 'behind', refusal: 'Head branch is out of date with the base branch.' };
  }
  return { mergeable: true, state: 'clean' };
}
