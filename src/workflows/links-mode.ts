import type { ChangeFormLink } from '../links/change-form-link.js';
import { runCheckLinks } from './check-links.js';
import { ConfigurationError, fileUrl, type WorkflowContext } from './context.js';

export interface LinksModeResult {
  status: 'checked';
  summary: string;
  links: { checked: number; broken: number; unverifiable: number; reportIssue: number | null };
}

/** The scheduled link check: the adopters file on the default branch, one self-updating report issue. */
export async function runLinksMode(ctx: WorkflowContext): Promise<LinksModeResult> {
  const s = ctx.settings;
  if (!ctx.links) throw new ConfigurationError('the link check is not available in this context');
  const base = await ctx.ports.repo.defaultBranch();
  const tip = await ctx.ports.repo.branchTip(base);
  if (!tip) throw new ConfigurationError(`the branch ${base} does not exist`);
  const checker = ctx.links.checker({
    timeoutMs: s['link-timeout'] * 1000,
    concurrency: s['link-concurrency'],
    perHost: s['link-per-host'],
    allowHosts: s['allow-hosts'],
  });
  try {
    const result = await runCheckLinks(
      {
        source: ctx.links.source(s['adopters-file'], tip.sha),
        tracker: ctx.links.tracker(s['label-links'], s['bot-login']),
        checker,
        reporter: { ...ctx.ports.reporter, summary: (md) => Promise.resolve(ctx.ports.reporter.summary(md)) },
      },
      {
        threshold: s['link-flake-runs'],
        skipRelative: s['link-skip-relative'],
        dryRun: s['dry-run'],
        fileUrl: fileUrl(ctx, tip.sha, s['adopters-file']),
        changeForm: await changeFormOf(ctx, tip.sha),
      },
    );
    return {
      status: 'checked',
      summary: `Checked ${result.checked} links: ${result.broken} broken, ${result.watching} watching, ${result.unverifiable} unverifiable.`,
      links: {
        checked: result.checked,
        broken: result.broken,
        unverifiable: result.unverifiable,
        reportIssue: result.reportIssue,
      },
    };
  } finally {
    await checker.close();
  }
}

/** The change form on the default branch, if the repository has one, as the report links to it. */
async function changeFormOf(ctx: WorkflowContext, commit: string): Promise<ChangeFormLink | undefined> {
  const s = ctx.settings;
  const path = s['change-form'];
  if (!path.startsWith('.github/ISSUE_TEMPLATE/') || (await ctx.ports.repo.readFile(path, commit)) === undefined)
    return undefined;
  const { owner, repo, serverUrl } = ctx.repo;
  const mapped = Object.entries(s['change-field-map']).find(([, ours]) => ours === 'entry')?.[0];
  return {
    newIssueUrl: `${serverUrl}/${owner}/${repo}/issues/new`,
    template: path.slice('.github/ISSUE_TEMPLATE/'.length),
    entryField: mapped ?? 'entry',
  };
}
