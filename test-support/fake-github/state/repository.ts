// The one repository the fake serves: settings a test can flip, git data, issues, pull requests, people,
// branch protection and rulesets. Handlers read and change it; tests seed it and assert on it.
import { Clock, Ids } from './clock.js';
import { GitStore, type FileEntry, type Person } from './git-store.js';
import { IssueTracker } from './issues.js';
import { Labels } from './labels.js';
import { People, type AccountType } from './people.js';
import { Protection } from './protection.js';
import { PullRequests } from './pulls.js';
import { Refs } from './refs.js';

export interface RepositorySettings {
  owner: string;
  name: string;
  ownerType: AccountType;
  id: number;
  private: boolean;
  defaultBranch: string;
  description: string | null;
  allowMergeCommit: boolean;
  allowSquashMerge: boolean;
  allowRebaseMerge: boolean;
  allowAutoMerge: boolean;
  deleteBranchOnMerge: boolean;
  /** "Allow GitHub Actions to create and approve pull requests" (`can_approve_pull_request_reviews`). */
  actionsCanCreatePullRequests: boolean;
  defaultWorkflowPermissions: 'read' | 'write';
  archived: boolean;
  hasIssues: boolean;
  /** How many `pulls/get` answers give `mergeable: null` before GitHub "has computed" it (real GitHub: ≥ 1). */
  mergeabilityDelay: number;
}

export const DEFAULT_SETTINGS: RepositorySettings = {
  owner: 'octo-org',
  name: 'octo-project',
  ownerType: 'Organization',
  id: 1_000_001,
  private: false,
  defaultBranch: 'main',
  description: 'A project with adopters',
  allowMergeCommit: true,
  allowSquashMerge: true,
  allowRebaseMerge: true,
  allowAutoMerge: false,
  deleteBranchOnMerge: false,
  actionsCanCreatePullRequests: true,
  defaultWorkflowPermissions: 'read',
  archived: false,
  hasIssues: true,
  mergeabilityDelay: 0,
};

export interface RepositoryOptions extends Partial<RepositorySettings> {
  /** Files of the initial commit on the default branch. */
  files?: Record<string, string>;
  /** Start with GitHub's default labels (bug, documentation…); default true. */
  defaultLabels?: boolean;
}

export type CommitStatusState = 'success' | 'failure' | 'pending' | 'error';

export class FakeRepository {
  readonly settings: RepositorySettings;
  readonly clock = new Clock();
  readonly ids = new Ids();
  readonly git = new GitStore();
  readonly refs = new Refs(this.git);
  readonly people = new People();
  readonly labels = new Labels(this.ids);
  readonly issues: IssueTracker;
  readonly pulls: PullRequests;
  readonly protection = new Protection();
  /** Commit statuses and check results by commit sha, then context name. */
  private readonly statuses = new Map<string, Map<string, CommitStatusState>>();

  constructor(options: RepositoryOptions = {}) {
    const { files = { 'README.md': '# octo-project\n' }, defaultLabels = true, ...settings } = options;
    this.settings = { ...DEFAULT_SETTINGS, ...settings };
    this.people.add(this.settings.owner, { type: this.settings.ownerType, role: 'admin' });
    this.issues = new IssueTracker(this.clock, this.ids, this.people, this.labels);
    this.pulls = new PullRequests(this);
    if (defaultLabels) this.labels.seedDefaults();
    const tree = this.writeFiles(new Map(), files);
    const root = this.git.writeCommit({ tree, parents: [], ...this.signature(), message: 'Initial commit' });
    this.refs.set(`heads/${this.settings.defaultBranch}`, root);
  }

  get fullName(): string {
    return `${this.settings.owner}/${this.settings.name}`;
  }

  /** Author and committer of commits the fake makes itself (seeding, merges), as GitHub's web-flow. */
  signature(name = 'GitHub', email = 'noreply@github.com'): { author: Person; committer: Person } {
    const date = this.clock.now();
    return { author: { name, email, date }, committer: { name: 'GitHub', email: 'noreply@github.com', date } };
  }

  private writeFiles(base: Map<string, FileEntry>, changes: Record<string, string | null>): string {
    const files = new Map(base);
    for (const [path, content] of Object.entries(changes)) {
      if (content === null) files.delete(path);
      else files.set(path, { mode: '100644', type: 'blob', sha: this.git.writeBlob(Buffer.from(content)) });
    }
    return this.git.writeFiles(files);
  }

  /**
   * Seeds a commit on `branch` (created from `from`, default the default branch, when missing).
   * `null` content deletes a file. Returns the new commit's sha.
   */
  commitFiles(
    branch: string,
    changes: Record<string, string | null>,
    options: { message?: string; author?: string; from?: string } = {},
  ): string {
    const parent = this.refs.branch(branch) ?? this.refs.resolve(options.from ?? this.settings.defaultBranch);
    if (!parent) throw new Error(`fake GitHub: cannot resolve ${options.from ?? this.settings.defaultBranch}`);
    const parentTree = this.git.commit(parent)!.tree;
    const tree = this.writeFiles(this.git.readFiles(parentTree), changes);
    const login = options.author ?? this.settings.owner;
    const sha = this.git.writeCommit({
      tree,
      parents: [parent],
      ...this.signature(login, `${login}@users.noreply.github.com`),
      message: options.message ?? `Update ${Object.keys(changes).join(', ')}`,
    });
    this.refs.set(`heads/${branch}`, sha);
    return sha;
  }

  /** Text of `path` at a branch, tag or commit sha; undefined when the ref or the file is missing. */
  readFile(ref: string, path: string): string | undefined {
    const sha = this.refs.resolve(ref);
    if (!sha) return undefined;
    const entry = this.git.findPath(this.git.commit(sha)!.tree, path);
    return entry?.type === 'blob' ? this.git.blob(entry.sha)!.toString('utf8') : undefined;
  }

  /** Names of all branches, sorted. */
  branches(): string[] {
    return this.refs.matching('heads/').map((r) => r.ref.slice('refs/heads/'.length));
  }

  setCommitStatus(sha: string, context: string, state: CommitStatusState): void {
    if (!this.statuses.has(sha)) this.statuses.set(sha, new Map());
    this.statuses.get(sha)!.set(context, state);
    this.pulls.settleAutoMerges();
  }

  passingContexts(sha: string): Set<string> {
    return new Set([...(this.statuses.get(sha) ?? [])].filter(([, s]) => s === 'success').map(([c]) => c));
  }
}
