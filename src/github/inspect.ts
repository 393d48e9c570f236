import { mergeSettingsOf } from './repository.js';
import type {
  ActionsSettings,
  BranchFacts,
  InspectPort,
  LabelInfo,
  MergeRequirements,
  Read,
  RepositoryFacts,
  TokenInfo,
  TokenKind,
} from '../workflows/inspect-port.js';
import { isStatus, messageOf, statusOf } from './errors.js';
import type { Octokit } from './octokit.js';
import type { RepoRef } from './repository.js';

/** A refused read (401, 403, 404) becomes a value the doctor can explain; anything else is a fault. */
async function attempt<T>(read: () => Promise<T>): Promise<Read<T>> {
  try {
    return { ok: true, value: await read() };
  } catch (error) {
    const status = statusOf(error);
    if (status === 401 || status === 403 || status === 404) return { ok: false, status, message: messageOf(error) };
    throw error;
  }
}

/** GitHub's token prefixes (https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/). */
function kindOfToken(token: string, login: string | undefined): TokenKind {
  if (token.startsWith('ghs_')) return login === undefined || login === 'github-actions[bot]' ? 'workflow' : 'app';
  if (token.startsWith('github_pat_')) return 'fine-grained-pat';
  if (token.startsWith('ghp_')) return 'classic-pat';
  if (token.startsWith('gho_') || token.startsWith('ghu_')) return 'oauth';
  return 'unknown';
}

interface Rule {
  type: string;
  parameters?: {
    required_approving_review_count?: number;
    required_status_checks?: { context: string }[];
  };
}

/** Read-only views of the repository's settings for the doctor and the PR check (and label creation). */
export class GitHubInspector implements InspectPort {
  constructor(
    private readonly octokit: Octokit,
    private readonly ref: RepoRef,
  ) {}

  async token(): Promise<TokenInfo> {
    const auth = (await this.octokit.auth()) as { token?: string };
    // `viewer` answers for every kind of token, the workflow token included (REST /user does not).
    const viewer = await attempt(() =>
      this.octokit.graphql<{ viewer: { login: string } }>('query { viewer { login } }'),
    );
    const login = viewer.ok ? viewer.value.viewer.login : undefined;
    return { kind: kindOfToken(auth.token ?? '', login), login };
  }

  async repository(): Promise<RepositoryFacts> {
    const { data } = await this.octokit.rest.repos.get(this.ref);
    return {
      private: data.private,
      archived: data.archived,
      defaultBranch: data.default_branch,
      merge: mergeSettingsOf(data),
    };
  }

  actionsSettings(): Promise<Read<ActionsSettings>> {
    return attempt(async () => {
      const { data } = await this.octokit.rest.actions.getGithubActionsDefaultWorkflowPermissionsRepository(this.ref);
      return {
        canCreatePullRequests: data.can_approve_pull_request_reviews,
        defaultWorkflowPermissions: data.default_workflow_permissions,
      };
    });
  }

  branch(name: string): Promise<Read<BranchFacts>> {
    return attempt(async () => {
      const { data } = await this.octokit.rest.repos.getBranch({ ...this.ref, branch: name });
      return {
        protected: data.protected,
        requiredChecks: data.protection?.required_status_checks?.contexts ?? [],
        lastCommitDate: data.commit.commit.committer?.date,
      };
    });
  }

  protection(branch: string): Promise<Read<MergeRequirements | undefined>> {
    return attempt(async () => {
      try {
        const { data } = await this.octokit.rest.repos.getBranchProtection({ ...this.ref, branch });
        return {
          requiredChecks: data.required_status_checks?.contexts ?? [],
          requiredReviews: data.required_pull_request_reviews?.required_approving_review_count ?? 0,
        };
      } catch (error) {
        // "Branch not protected" is an answer, not a refusal.
        if (isStatus(error, 404) && /not protected/i.test(messageOf(error))) return undefined;
        throw error;
      }
    });
  }

  rules(branch: string): Promise<Read<MergeRequirements>> {
    return attempt(async () => {
      const rules = (await this.octokit.paginate(this.octokit.rest.repos.getBranchRules, {
        ...this.ref,
        branch,
        per_page: 100,
      })) as Rule[];
      const checks = rules.flatMap((r) => r.parameters?.required_status_checks?.map((c) => c.context) ?? []);
      const reviews = rules.map((r) => r.parameters?.required_approving_review_count ?? 0);
      return { requiredChecks: [...new Set(checks)], requiredReviews: Math.max(0, ...reviews) };
    });
  }

  labels(): Promise<Read<LabelInfo[]>> {
    return attempt(async () => {
      const labels = await this.octokit.paginate(this.octokit.rest.issues.listLabelsForRepo, {
        ...this.ref,
        per_page: 100,
      });
      return labels.map((l) => ({ name: l.name, color: l.color, description: l.description ?? '' }));
    });
  }

  async createLabel(label: LabelInfo): Promise<'created' | 'exists' | 'forbidden'> {
    try {
      await this.octokit.rest.issues.createLabel({ ...this.ref, ...label });
      return 'created';
    } catch (error) {
      // 422: created meanwhile (another run, a maintainer), so what we wanted exists.
      if (isStatus(error, 422)) return 'exists';
      if (isStatus(error, 403, 404)) return 'forbidden';
      throw error;
    }
  }

  async listFolder(path: string, ref: string): Promise<string[]> {
    try {
      const { data } = await this.octokit.rest.repos.getContent({ ...this.ref, path, ref });
      return Array.isArray(data) ? data.filter((e) => e.type === 'file').map((e) => e.name) : [];
    } catch (error) {
      if (isStatus(error, 404)) return [];
      throw error;
    }
  }

  async mergeBase(base: string, head: string): Promise<string> {
    const { data } = await this.octokit.rest.repos.compareCommits({ ...this.ref, base, head, per_page: 1 });
    return data.merge_base_commit.sha;
  }
}
