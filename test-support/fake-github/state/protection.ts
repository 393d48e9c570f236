// Classic branch protection and rulesets: what a test configures, what GitHub reports about it, and the
// 405 message GitHub gives when they block a merge.
export interface BranchProtection {
  requiredStatusChecks: string[];
  /** Require branches to be up to date before merging. */
  strict: boolean;
  requiredApprovingReviewCount: number;
  enforceAdmins: boolean;
  allowForcePushes: boolean;
  allowDeletions: boolean;
}

export type Rule =
  | { type: 'pull_request'; requiredApprovingReviewCount: number }
  | { type: 'required_status_checks'; contexts: string[] }
  | { type: 'non_fast_forward' }
  | { type: 'deletion' };

export interface Ruleset {
  id: number;
  name: string;
  /** Branch names the ruleset targets; `~DEFAULT_BRANCH` and `~ALL` as in GitHub's ref_name conditions. */
  branches: string[];
  rules: Rule[];
}

/** What a pull request has that protection asks for. */
export interface MergeEvidence {
  passingContexts: Set<string>;
  approvals: number;
}

const reviewsMessage = (n: number) =>
  `At least ${n} approving review${n === 1 ? ' is' : 's are'} required by reviewers with write access.`;

function statusMessage(required: string[], passing: Set<string>): string | undefined {
  const missing = required.filter((c) => !passing.has(c));
  if (!missing.length) return undefined;
  if (missing.length === 1) return `Required status check "${missing[0]}" is expected.`;
  return `${missing.length} of ${required.length} required status checks are expected.`;
}

export class Protection {
  private readonly classic = new Map<string, BranchProtection>();
  private readonly rulesets: Ruleset[] = [];
  private nextRulesetId = 42;

  protect(branch: string, options: Partial<BranchProtection> = {}): BranchProtection {
    const protection: BranchProtection = {
      requiredStatusChecks: [],
      strict: false,
      requiredApprovingReviewCount: 0,
      enforceAdmins: false,
      allowForcePushes: false,
      allowDeletions: false,
      ...options,
    };
    this.classic.set(branch, protection);
    return protection;
  }

  unprotect(branch: string): void {
    this.classic.delete(branch);
  }

  branchProtection(branch: string): BranchProtection | undefined {
    return this.classic.get(branch);
  }

  addRuleset(ruleset: { name: string; branches?: string[]; rules: Rule[] }): Ruleset {
    const created = { id: this.nextRulesetId++, branches: ['~DEFAULT_BRANCH'], ...ruleset };
    this.rulesets.push(created);
    return created;
  }

  rulesFor(branch: string, defaultBranch: string): { ruleset: Ruleset; rule: Rule }[] {
    const targets = (r: Ruleset) =>
      r.branches.some((b) => b === '~ALL' || b === branch || (b === '~DEFAULT_BRANCH' && branch === defaultBranch));
    return this.rulesets.filter(targets).flatMap((ruleset) => ruleset.rules.map((rule) => ({ ruleset, rule })));
  }

  /** The 405 message GitHub would give for merging into `branch` now, or undefined when nothing blocks it. */
  mergeBlocker(branch: string, defaultBranch: string, evidence: MergeEvidence): string | undefined {
    const classic = this.classic.get(branch);
    if (classic) {
      const status = statusMessage(classic.requiredStatusChecks, evidence.passingContexts);
      if (classic.requiredApprovingReviewCount > evidence.approvals) {
        return reviewsMessage(classic.requiredApprovingReviewCount);
      }
      if (status) return status;
    }
    const violations: string[] = [];
    for (const { rule } of this.rulesFor(branch, defaultBranch)) {
      if (rule.type === 'pull_request' && rule.requiredApprovingReviewCount > evidence.approvals) {
        violations.push(reviewsMessage(rule.requiredApprovingReviewCount));
      }
      if (rule.type === 'required_status_checks') {
        const status = statusMessage(rule.contexts, evidence.passingContexts);
        if (status) violations.push(status);
      }
    }
    return violations.length ? `Repository rule violations found\n\n${violations.join('\n')}\n\n` : undefined;
  }

  /** Message of a ruleset or protection refusing a force push or a deletion of `branch`. */
  refUpdateBlocker(branch: string, defaultBranch: string, change: 'force-push' | 'delete'): string | undefined {
    const classic = this.classic.get(branch);
    if (change === 'force-push' && classic && !classic.allowForcePushes) return 'Cannot force-push to this branch';
    if (change === 'delete' && classic && !classic.allowDeletions) return 'Cannot delete this branch';
    const type = change === 'force-push' ? 'non_fast_forward' : 'deletion';
    if (this.rulesFor(branch, defaultBranch).some(({ rule }) => rule.type === type)) {
      const what = change === 'force-push' ? 'Cannot force-push to this branch' : 'Cannot delete this branch';
      return `Repository rule violations found\n\n${what}\n\n`;
    }
    return undefined;
  }
}
