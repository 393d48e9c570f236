import type { HttpLinkChecker, HttpLinkCheckerOptions } from '../links/fetch/link-checker.js';
import type { LinkAdapters } from '../workflows/context.js';
import { dryRunPorts } from '../workflows/dry-run.js';
import { GitHubAdoptersSource } from './adopters-source.js';
import { GitHubLinkReportTracker } from './link-report.js';
import type { GitHubPorts, Reporter } from '../workflows/ports.js';
import { GitHubIssues } from './issues.js';
import type { Octokit } from './octokit.js';
import { GitHubPermissions } from './permissions.js';
import { GitHubPulls } from './pulls.js';
import { GitHubRepository, type RepoRef } from './repository.js';

/** All GitHub adapters over one client; `dryRun()` gives the same ports with every write turned into a log line. */
export function githubPorts(
  octokit: Octokit,
  ref: RepoRef,
  reporter: Reporter,
  defaultBranch?: string,
): GitHubPorts & { dryRun(): GitHubPorts } {
  const ports: GitHubPorts = {
    repo: new GitHubRepository(octokit, ref, defaultBranch),
    issues: new GitHubIssues(octokit, ref),
    pulls: new GitHubPulls(octokit, ref),
    permissions: new GitHubPermissions(octokit, ref),
    reporter,
  };
  return { ...ports, dryRun: () => dryRunPorts(ports) };
}

/** The link check's adapters: the file through the API, the report issue, and the guarded HTTP checker. */
export function linkAdapters(octokit: Octokit, ref: RepoRef): LinkAdapters {
  const repository = new GitHubRepository(octokit, ref);
  return {
    source: (path, commit) => new GitHubAdoptersSource(octokit, ref, repository, path, commit),
    tracker: (label, botLogin) => new GitHubLinkReportTracker(octokit, { ...ref, label, botLogin }),
    checker: (options) => lazyHttpLinkChecker(options),
  };
}

/** The HTTP checker (undici agent, SSRF guard) is loaded when a check starts, not by every run of the action. */
function lazyHttpLinkChecker(options: HttpLinkCheckerOptions): HttpLinkChecker {
  let made: Promise<HttpLinkChecker> | undefined;
  const get = () => (made ??= import('../links/fetch/link-checker.js').then((m) => m.createHttpLinkChecker(options)));
  return {
    check: async (urls, onProgress) => (await get()).check(urls, onProgress),
    close: async () => {
      if (made) await (await made).close();
    },
  };
}
