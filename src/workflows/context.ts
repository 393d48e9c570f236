import type { Settings } from '../config/settings.js';
import type { AdoptersSource, LinkChecker, LinkReportTracker } from './check-links.js';
import type { InspectPort } from './inspect-port.js';
import type { GitHubPorts } from './ports.js';

/** What the link check needs besides GitHub's issues: the file at a commit, the report issue, an HTTP checker. */
export interface LinkAdapters {
  source(path: string, commit: string): AdoptersSource;
  tracker(label: string, botLogin: string): LinkReportTracker;
  checker(options: { timeoutMs: number; concurrency: number; perHost: number; allowHosts: string[] }): LinkChecker & {
    close(): Promise<void>;
  };
}

/** Everything a workflow needs: the ports, the settings, and where the repository lives (for links). */
export interface WorkflowContext {
  ports: GitHubPorts;
  settings: Settings;
  repo: { owner: string; repo: string; serverUrl: string };
  links?: LinkAdapters;
  /** Settings, protection, labels and merge bases, for the doctor and the check of hand-made PRs. */
  inspect?: InspectPort;
}

/** A configuration mistake of the maintainers: fails the run with one message (not the submitter's fault). */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

export function fileUrl(ctx: WorkflowContext, ref: string, path: string, line?: number): string {
  const { owner, repo, serverUrl } = ctx.repo;
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  return `${serverUrl}/${owner}/${repo}/blob/${encodeURIComponent(ref)}/${encoded}${line ? `#L${line}` : ''}`;
}

/** Creates or updates the bot's one comment on an issue; writes nothing when it already says this. */
export async function upsertStickyComment(
  ctx: WorkflowContext,
  issue: number,
  body: string,
  find: (comments: { id: number; author: string; body: string }[]) => { id: number; body: string } | undefined,
): Promise<'created' | 'updated' | 'unchanged'> {
  const existing = find(await ctx.ports.issues.comments(issue));
  if (!existing) {
    await ctx.ports.issues.createComment(issue, body);
    return 'created';
  }
  if (existing.body === body) return 'unchanged';
  await ctx.ports.issues.updateComment(existing.id, body);
  return 'updated';
}
