// Pull requests with GitHub's rules: one open PR per head, mergeability from a three-way merge, merges
// refused (405/409) for conflicts, stale heads, disallowed methods and protection, "Closes #n" honoured.
import { customValidation, GitHubError, notFound } from '../errors.js';
import type { Issue } from './issues.js';
import { writeMerge, type MergeMethod } from './merge-strategies.js';
import { assessMergeability, type Mergeability } from './mergeability.js';
import type { TokenIdentity } from './people.js';
import type { FakeRepository } from './repository.js';

export interface PullRequest {
  number: number;
  /** Head branch name (same repository; forks are not modelled). */
  head: string;
  /** Head sha, kept when the head branch is deleted (GitHub keeps showing the last one). */
  headSha: string;
  base: string;
  draft: boolean;
  maintainerCanModify: boolean;
  merged: boolean;
  mergedAt: string | null;
  mergedBy: string | null;
  mergeCommitSha: string | null;
  autoMerge: { method: MergeMethod; enabledBy: string; enabledAt: string } | null;
  approvals: Set<string>;
  /** `pulls/get` answers left that report `mergeable: null` (GitHub computes it in the background). */
  pendingMergeabilityReads: number;
}

export interface PullFilter {
  state?: 'open' | 'closed' | 'all';
  head?: string;
  base?: string;
  sort?: 'created' | 'updated' | 'popularity' | 'long-running';
  direction?: 'asc' | 'desc';
}

const METHOD_REFUSAL: Record<MergeMethod, string> = {
  merge: 'Merge commits are not allowed on this repository.',
  squash: 'Squash merges are not allowed on this repository.',
  rebase: 'Rebase merges are not allowed on this repository.',
};
const CLOSING_REFERENCE = /\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\s*:?\s+#(\d+)\b/gi;

export class PullRequests {
  private readonly pulls = new Map<number, PullRequest>();

  constructor(private readonly repo: FakeRepository) {}

  get(number: number): PullRequest {
    const pull = this.pulls.get(number);
    if (!pull) throw notFound();
    this.refreshHead(pull);
    return pull;
  }

  issueOf(pull: PullRequest): Issue {
    return this.repo.issues.get(pull.number);
  }

  private refreshHead(pull: PullRequest): void {
    const sha = this.repo.refs.branch(pull.head);
    if (sha && !pull.merged) pull.headSha = sha;
  }

  /** `owner:branch` or `branch` → branch; other owners would be forks, which the fake does not have. */
  private headBranch(head: string): string | undefined {
    const [owner, branch] = head.includes(':') ? head.split(':', 2) : [this.repo.settings.owner, head];
    return owner?.toLowerCase() === this.repo.settings.owner.toLowerCase() ? branch : undefined;
  }

  private openFor(head: string, base?: string): PullRequest | undefined {
    return [...this.pulls.values()].find(
      (p) => p.head === head && (!base || p.base === base) && this.issueOf(p).state === 'open',
    );
  }

  private alreadyExists(head: string) {
    return customValidation('PullRequest', `A pull request already exists for ${this.repo.settings.owner}:${head}.`);
  }

  create(
    input: {
      title: string;
      head: string;
      base: string;
      body?: string | null;
      draft?: boolean;
      maintainerCanModify?: boolean;
    },
    actor: TokenIdentity,
  ): PullRequest {
    if (actor.kind === 'actions' && !this.repo.settings.actionsCanCreatePullRequests) {
      throw new GitHubError(403, 'GitHub Actions is not permitted to create or approve pull requests.');
    }
    const head = this.headBranch(input.head);
    const headSha = head && this.repo.refs.branch(head);
    const baseSha = this.repo.refs.branch(input.base);
    if (!baseSha) throw customValidation('PullRequest', 'base invalid', 'base');
    if (!head || !headSha) throw customValidation('PullRequest', 'head invalid', 'head');
    if (this.openFor(head, input.base)) throw this.alreadyExists(head);
    if (!this.repo.git.commitsBetween(baseSha, headSha).length) {
      throw customValidation('PullRequest', `No commits between ${input.base} and ${head}`);
    }
    const issue = this.repo.issues.create({ title: input.title, body: input.body, author: actor.login }, true);
    const pull: PullRequest = {
      number: issue.number,
      head,
      headSha,
      base: input.base,
      draft: input.draft ?? false,
      maintainerCanModify: input.maintainerCanModify ?? false,
      merged: false,
      mergedAt: null,
      mergedBy: null,
      mergeCommitSha: null,
      autoMerge: null,
      approvals: new Set(),
      pendingMergeabilityReads: this.repo.settings.mergeabilityDelay,
    };
    this.pulls.set(pull.number, pull);
    return pull;
  }

  list(filter: PullFilter = {}): PullRequest[] {
    const state = filter.state ?? 'open';
    // GitHub ignores a head filter without the `owner:` prefix instead of rejecting it.
    const head = filter.head?.includes(':') ? (this.headBranch(filter.head) ?? '\0') : undefined;
    const found = [...this.pulls.values()].filter((p) => {
      const issue = this.issueOf(p);
      return (
        (state === 'all' || issue.state === state) &&
        (head === undefined || p.head === head) &&
        (!filter.base || p.base === filter.base)
      );
    });
    const sign = filter.direction === 'asc' || (!filter.direction && filter.sort === 'long-running') ? 1 : -1;
    found.forEach((p) => this.refreshHead(p));
    return found.sort((a, b) => sign * (a.number - b.number));
  }

  update(
    number: number,
    patch: { title?: string; body?: string | null; state?: 'open' | 'closed'; base?: string },
    actor: TokenIdentity,
  ): PullRequest {
    const pull = this.get(number);
    const issue = this.issueOf(pull);
    if (patch.base !== undefined && !this.repo.refs.branch(patch.base)) {
      throw customValidation('PullRequest', 'base invalid', 'base');
    }
    if (patch.state === 'open' && issue.state === 'closed') {
      if (pull.merged) throw customValidation('PullRequest', 'Cannot reopen a merged pull request', 'state');
      if (!this.repo.refs.branch(pull.head)) {
        throw customValidation(
          'PullRequest',
          `state cannot be changed. The ${pull.head} branch has been deleted.`,
          'state',
        );
      }
      if (this.openFor(pull.head, patch.base ?? pull.base)) throw this.alreadyExists(pull.head);
    }
    if (patch.base !== undefined) pull.base = patch.base;
    if (patch.state === 'closed') pull.autoMerge = null;
    this.repo.issues.update(number, { title: patch.title, body: patch.body, state: patch.state }, actor.login);
    if (issue.isPullRequest && issue.state === 'closed') issue.stateReason = null;
    return pull;
  }

  /** What GitHub would report and do right now. `asRead` counts a `pulls/get` toward `mergeabilityDelay`. */
  mergeability(pull: PullRequest, asRead = false): Mergeability {
    this.refreshHead(pull);
    if (this.issueOf(pull).state !== 'open') return { mergeable: null, state: 'unknown' };
    const pending = pull.pendingMergeabilityReads > 0;
    if (asRead && pending) pull.pendingMergeabilityReads -= 1;
    const assessed = assessMergeability(this.repo, pull);
    return pending ? { ...assessed, mergeable: null, state: 'unknown' } : assessed;
  }

  merge(
    number: number,
    options: { sha?: string; mergeMethod?: MergeMethod; commitTitle?: string; commitMessage?: string },
    actor: TokenIdentity,
  ): PullRequest {
    const pull = this.get(number);
    const issue = this.issueOf(pull);
    const method = options.mergeMethod ?? 'merge';
    if (issue.state !== 'open') throw new GitHubError(405, 'Pull Request is not mergeable');
    if (options.sha !== undefined && options.sha !== pull.headSha) {
      throw new GitHubError(409, 'Head branch was modified. Review and try the merge again.');
    }
    if (!this.methodAllowed(method)) throw new GitHubError(405, METHOD_REFUSAL[method]);
    const { refusal } = this.mergeability(pull);
    if (refusal) throw new GitHubError(405, refusal);
    const { settings, refs, git } = this.repo;
    const login = actor.login;
    const sig = this.repo.signature(login, `${login}@users.noreply.github.com`);
    const defaultTitle =
      method === 'merge'
        ? `Merge pull request #${number} from ${settings.owner}/${pull.head}`
        : `${issue.title} (#${number})`;
    const tip = writeMerge(git, method, {
      baseSha: refs.branch(pull.base)!,
      headSha: pull.headSha,
      author: sig.author,
      committer: { name: 'GitHub', email: 'noreply@github.com', date: sig.committer.date },
      title: options.commitTitle ?? defaultTitle,
      message: options.commitMessage ?? (method === 'merge' ? issue.title : ''),
    });
    if (!tip) throw new GitHubError(405, "This branch can't be rebased");
    refs.set(`heads/${pull.base}`, tip);
    Object.assign(pull, { merged: true, mergedAt: this.repo.clock.now(), mergedBy: login, mergeCommitSha: tip });
    pull.autoMerge = null;
    this.repo.issues.update(number, { state: 'closed' }, login);
    issue.stateReason = null;
    if (pull.base === settings.defaultBranch) this.closeReferencedIssues(issue.body ?? '', login);
    if (settings.deleteBranchOnMerge && refs.branch(pull.head)) refs.delete(`heads/${pull.head}`);
    return pull;
  }

  methodAllowed(method: MergeMethod): boolean {
    const s = this.repo.settings;
    return { merge: s.allowMergeCommit, squash: s.allowSquashMerge, rebase: s.allowRebaseMerge }[method];
  }

  private closeReferencedIssues(body: string, actor: string): void {
    for (const match of body.matchAll(CLOSING_REFERENCE)) {
      const referenced = this.repo.issues.list({ state: 'open' }).find((i) => i.number === Number(match[1]));
      if (referenced && !referenced.isPullRequest)
        this.repo.issues.update(referenced.number, { state: 'closed' }, actor);
    }
  }

  /** A review approval by `login` (tests use it to satisfy required reviews). */
  approve(number: number, login: string): void {
    this.repo.people.ensure(login);
    this.get(number).approvals.add(login);
    this.settleAutoMerges();
  }

  /** Merges every open pull request whose auto-merge is on and nothing blocks any more, as GitHub does. */
  settleAutoMerges(): void {
    for (const pull of this.pulls.values()) {
      if (!pull.autoMerge || this.issueOf(pull).state !== 'open') continue;
      if (this.mergeability(pull).state !== 'clean') continue;
      const enabledBy = this.repo.people.get(pull.autoMerge.enabledBy).login;
      this.merge(pull.number, { mergeMethod: pull.autoMerge.method }, { login: enabledBy, kind: 'pat' });
    }
  }
}
