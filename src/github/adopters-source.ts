import type { AdoptersSource } from '../workflows/check-links.js';
import type { Octokit } from './octokit.js';
import type { GitHubRepository, RepoRef } from './repository.js';

/**
 * The adopters file and the tree around it, read through the API at one commit (no checkout): the text
 * for extracting links, and one recursive tree listing (fetched once, on the first relative link) for
 * checking that relative links point at something.
 */
export class GitHubAdoptersSource implements AdoptersSource {
  private paths?: Promise<Set<string>>;

  constructor(
    private readonly octokit: Octokit,
    private readonly ref: RepoRef,
    private readonly repository: GitHubRepository,
    readonly path: string,
    private readonly commit: string,
  ) {}

  async readText(): Promise<string> {
    const text = await this.repository.readFile(this.path, this.commit);
    if (text === undefined) throw new Error(`the adopters file ${this.path} is not in the repository`);
    return text;
  }

  async exists(path: string): Promise<boolean> {
    if (path === '.') return true;
    this.paths ??= this.octokit.rest.git
      .getTree({ ...this.ref, tree_sha: this.commit, recursive: 'true' })
      .then(({ data }) => new Set(data.tree.map((entry) => entry.path ?? '')));
    return (await this.paths).has(path);
  }
}
