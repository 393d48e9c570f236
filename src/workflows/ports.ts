/**
 * What the intake, approval and refresh workflows need from GitHub, in their own words. The GitHub
 * adapters (src/github) implement these; nothing here knows REST.
 */

export interface IssueInfo {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  stateReason?: string | null;
  locked: boolean;
  author: string;
  labels: string[];
  isPullRequest: boolean;
  url: string;
  /** How many comments it had when read (absent when the source does not say). */
  comments?: number;
}

export interface CommentInfo {
  id: number;
  author: string;
  body: string;
}

export interface PullInfo {
  number: number;
  nodeId: string;
  title: string;
  body: string;
  state: 'open' | 'closed';
  merged: boolean;
  author: string;
  headRef: string;
  headSha: string;
  baseRef: string;
  labels: string[];
  url: string;
}

export type PermissionLevel = 'none' | 'read' | 'triage' | 'write' | 'maintain' | 'admin';

export interface MergeSettings {
  squash: boolean;
  merge: boolean;
  rebase: boolean;
  autoMerge: boolean;
  deleteBranchOnMerge: boolean;
}

export type MergeOutcome =
  | { kind: 'merged'; sha: string }
  /** The head moved since we looked (409): recompute, never force. */
  | { kind: 'head-moved' }
  /** Required checks, reviews, rulesets or a conflict block the merge (405). */
  | { kind: 'blocked'; message: string }
  | { kind: 'method-not-allowed'; message: string };

export interface RepositoryPort {
  defaultBranch(): Promise<string>;
  /** Commit sha a branch points at; undefined when the branch does not exist. */
  branchHead(branch: string): Promise<string | undefined>;
  /** A branch's commit and that commit's tree, in one call. */
  branchTip(branch: string): Promise<{ sha: string; tree: string } | undefined>;
  /** A file's text at a ref; undefined when it does not exist there. */
  readFile(path: string, ref: string): Promise<string | undefined>;
  /** One commit on top of `parent` that sets `path` to `content` (Git Data API, no checkout). */
  commitFile(args: {
    parent: string;
    parentTree?: string;
    path: string;
    content: string;
    message: string;
  }): Promise<string>;
  /** Points `branch` at `sha`, creating it when missing; our own branches only, so moving them is ours to do. */
  setBranch(branch: string, sha: string): Promise<'created' | 'updated'>;
  /** Deletes a branch; one already gone (auto-delete on merge) is fine. */
  deleteBranch(branch: string): Promise<'deleted' | 'absent'>;
  /** The parent of a commit (to tell whether a branch is one commit on top of the base). */
  parentOf(sha: string): Promise<string | undefined>;
  mergeSettings(): Promise<MergeSettings>;
}

export interface IssuesPort {
  get(number: number): Promise<IssueInfo | undefined>;
  /** Open issues (not PRs) with each label, every page: one list per label, in the order of `labels`. */
  listOpen(labels: readonly string[]): Promise<IssueInfo[][]>;
  comments(number: number): Promise<CommentInfo[]>;
  createComment(number: number, body: string): Promise<number>;
  updateComment(id: number, body: string): Promise<void>;
  addLabels(number: number, labels: string[]): Promise<void>;
  /** Removing a label that is not there is fine. */
  removeLabel(number: number, label: string): Promise<void>;
  close(number: number, reason: 'completed' | 'not_planned'): Promise<void>;
  /** Who last added a label to an issue or PR (from its events), for a run that did not see the event. */
  labelActor(number: number, label: string): Promise<{ login: string; type: string } | undefined>;
}

export interface PullsPort {
  /** Open pull requests, every page. */
  listOpen(): Promise<PullInfo[]>;
  get(number: number): Promise<PullInfo>;
  create(args: { title: string; body: string; head: string; base: string }): Promise<PullInfo>;
  update(number: number, args: { title?: string; body?: string; state?: 'open' | 'closed' }): Promise<void>;
  merge(
    number: number,
    args: { sha: string; method: 'squash' | 'merge' | 'rebase'; title: string },
  ): Promise<MergeOutcome>;
  /** Turns on auto-merge (GraphQL); false when the repository does not allow it. */
  enableAutoMerge(nodeId: string, method: 'squash' | 'merge' | 'rebase'): Promise<boolean>;
}

export interface PermissionsPort {
  /** The user's permission on the repository; 'none' for outside users (404). Throws on other errors. */
  levelOf(user: string): Promise<{ level: PermissionLevel; role: string }>;
}

/** Logs and the job summary: `@actions/core` in the action, stderr in the CLI. Never untrusted text raw. */
export interface Reporter {
  info(message: string): void;
  warning(message: string): void;
  summary(markdown: string): void;
  /**
   * A problem on a line of a repository file: an error annotation on that line in the action, a
   * `file:line:` message in the CLI. Optional: reporters without it fall back to `warning`.
   */
  annotate?(file: string, line: number, message: string): void;
}

export interface GitHubPorts {
  repo: RepositoryPort;
  issues: IssuesPort;
  pulls: PullsPort;
  permissions: PermissionsPort;
  reporter: Reporter;
}

/** A 403 "GitHub Actions is not permitted to create or approve pull requests." */
export class PullRequestCreationForbidden extends Error {
  override name = 'PullRequestCreationForbidden';
}
