/**
 * What the doctor and the check of hand-made pull requests read besides the workflow ports: repository
 * settings, protection, labels and the token, and the merge base of a pull request. All reads but
 * `createLabel`; src/github/inspect.ts implements it over REST.
 */
import type { MergeSettings } from './ports.js';

/** A read the token may be refused: the doctor reports a 403 as something the token cannot see. */
export type Read<T> = { ok: true; value: T } | { ok: false; status: number; message: string };

/**
 * `workflow` is the GITHUB_TOKEN (an installation token acting as github-actions[bot]); `app` another
 * installation token; the others are personal tokens.
 */
export type TokenKind = 'workflow' | 'app' | 'classic-pat' | 'fine-grained-pat' | 'oauth' | 'unknown';

export interface TokenInfo {
  kind: TokenKind;
  /** Who the token acts as (GraphQL `viewer`), when it could be read. */
  login?: string;
}

export interface RepositoryFacts {
  private: boolean;
  archived: boolean;
  defaultBranch: string;
  merge: MergeSettings;
}

/** Settings → Actions → General → Workflow permissions. */
export interface ActionsSettings {
  /** "Allow GitHub Actions to create and approve pull requests". */
  canCreatePullRequests: boolean;
  defaultWorkflowPermissions: 'read' | 'write';
}

export interface BranchFacts {
  protected: boolean;
  /** Required status checks GitHub reports with the branch (readable with `contents: read`). */
  requiredChecks: string[];
  /** ISO date of the branch's last commit: schedules stop after 60 days without activity. */
  lastCommitDate?: string;
}

/** What must happen before a pull request into the branch can merge. */
export interface MergeRequirements {
  requiredChecks: string[];
  requiredReviews: number;
}

export interface LabelInfo {
  name: string;
  color: string;
  description: string;
}

export interface InspectPort {
  token(): Promise<TokenInfo>;
  repository(): Promise<RepositoryFacts>;
  actionsSettings(): Promise<Read<ActionsSettings>>;
  branch(name: string): Promise<Read<BranchFacts>>;
  /** Classic branch protection; `undefined` when the branch is not protected. Needs Administration: read. */
  protection(branch: string): Promise<Read<MergeRequirements | undefined>>;
  /** The active rules of every ruleset that targets the branch. */
  rules(branch: string): Promise<Read<MergeRequirements>>;
  labels(): Promise<Read<LabelInfo[]>>;
  /** `exists` when someone created it meanwhile; `forbidden` when the token may not (no issues: write). */
  createLabel(label: LabelInfo): Promise<'created' | 'exists' | 'forbidden'>;
  /** File names in a folder at a ref; empty when the folder does not exist. */
  listFolder(path: string, ref: string): Promise<string[]>;
  /** The commit a pull request's head branched from `base` (what its diff is computed against). */
  mergeBase(base: string, head: string): Promise<string>;
}
