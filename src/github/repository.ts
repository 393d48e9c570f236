import type { MergeSettings, RepositoryPort } from '../workflows/ports.js';
import { isStatus } from './errors.js';
import type { Octokit } from './octokit.js';

export type RepoRef = { owner: string; repo: string };

/** The merge settings of a repository, from `repos/get` (absent fields take GitHub's defaults). */
export function mergeSettingsOf(data: {
  allow_squash_merge?: boolean;
  allow_merge_commit?: boolean;
  allow_rebase_merge?: boolean;
  allow_auto_merge?: boolean;
  delete_branch_on_merge?: boolean;
}): MergeSettings {
  return {
    squash: data.allow_squash_merge ?? true,
    merge: data.allow_merge_commit ?? true,
    rebase: data.allow_rebase_merge ?? true,
    autoMerge: data.allow_auto_merge ?? false,
    deleteBranchOnMerge: data.delete_branch_on_merge ?? false,
  };
}

/** Files, branches and commits through the REST and Git Data APIs: no checkout, no git binary. */
export class GitHubRepository implements RepositoryPort {
  private settings?: Promise<{ defaultBranch: string; merge: MergeSettings }>;

  constructor(
    private readonly octokit: Octokit,
    private readonly ref: RepoRef,
    /** The default branch when the event already names it (saves a call). */
    private readonly knownDefaultBranch?: string,
  ) {}

  private repoSettings() {
    this.settings ??= this.octokit.rest.repos
      .get(this.ref)
      .then(({ data }) => ({ defaultBranch: data.default_branch, merge: mergeSettingsOf(data) }));
    return this.settings;
  }

  async defaultBranch(): Promise<string> {
    return this.knownDefaultBranch ?? (await this.repoSettings()).defaultBranch;
  }

  async mergeSettings(): Promise<MergeSettings> {
    return (await this.repoSettings()).merge;
  }

  async branchHead(branch: string): Promise<string | undefined> {
    try {
      const { data } = await this.octokit.rest.git.getRef({ ...this.ref, ref: `heads/${branch}` });
      return data.object.sha;
    } catch (error) {
      if (isStatus(error, 404)) return undefined;
      throw error;
    }
  }

  private readonly files = new Map<string, Promise<string | undefined>>();

  /**
   * Files at a commit never change, so reads by commit sha are cached for the run (a refresh of many PRs
   * reads the form and the adopters file once); reads by branch name always go to GitHub.
   */
  readFile(path: string, ref: string): Promise<string | undefined> {
    if (!/^[0-9a-f]{40}$/.test(ref)) return this.fetchFile(path, ref);
    const key = `${ref}\u0000${path}`;
    let text = this.files.get(key);
    if (!text) {
      text = this.fetchFile(path, ref);
      this.files.set(key, text);
    }
    return text;
  }

  private async fetchFile(path: string, ref: string): Promise<string | undefined> {
    try {
      const { data } = await this.octokit.rest.repos.getContent({ ...this.ref, path, ref });
      if (Array.isArray(data) || data.type !== 'file') return undefined;
      if ('content' in data && data.encoding === 'base64') return Buffer.from(data.content, 'base64').toString('utf8');
      // Files over 1 MB come without content: fetch the blob instead.
      const blob = await this.octokit.rest.git.getBlob({ ...this.ref, file_sha: data.sha });
      return Buffer.from(blob.data.content, 'base64').toString('utf8');
    } catch (error) {
      if (isStatus(error, 404)) return undefined;
      throw error;
    }
  }

  async parentOf(sha: string): Promise<string | undefined> {
    const { data } = await this.octokit.rest.git.getCommit({ ...this.ref, commit_sha: sha });
    return data.parents[0]?.sha;
  }

  async branchTip(branch: string): Promise<{ sha: string; tree: string } | undefined> {
    try {
      const { data } = await this.octokit.rest.repos.getBranch({ ...this.ref, branch });
      return { sha: data.commit.sha, tree: data.commit.commit.tree.sha };
    } catch (error) {
      if (isStatus(error, 404)) return undefined;
      throw error;
    }
  }

  async commitFile(args: {
    parent: string;
    parentTree?: string;
    path: string;
    content: string;
    message: string;
  }): Promise<string> {
    const baseTree =
      args.parentTree ??
      (await this.octokit.rest.git.getCommit({ ...this.ref, commit_sha: args.parent })).data.tree.sha;
    // The tree entry carries the content itself, which saves creating the blob in a separate call.
    const tree = await this.octokit.rest.git.createTree({
      ...this.ref,
      base_tree: baseTree,
      tree: [{ path: args.path, mode: '100644', type: 'blob', content: args.content }],
    });
    const commit = await this.octokit.rest.git.createCommit({
      ...this.ref,
      message: args.message,
      tree: tree.data.sha,
      parents: [args.parent],
    });
    return commit.data.sha;
  }

  async setBranch(branch: string, sha: string): Promise<'created' | 'updated'> {
    try {
      await this.octokit.rest.git.createRef({ ...this.ref, ref: `refs/heads/${branch}`, sha });
      return 'created';
    } catch (error) {
      // "Reference already exists": an earlier run (or one that died before opening the PR) made it.
      if (!isStatus(error, 422)) throw error;
    }
    await this.octokit.rest.git.updateRef({ ...this.ref, ref: `heads/${branch}`, sha, force: true });
    return 'updated';
  }

  async deleteBranch(branch: string): Promise<'deleted' | 'absent'> {
    try {
      await this.octokit.rest.git.deleteRef({ ...this.ref, ref: `heads/${branch}` });
      return 'deleted';
    } catch (error) {
      if (isStatus(error, 404, 422)) return 'absent';
      throw error;
    }
  }
}
