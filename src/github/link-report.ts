import { REPORT_MARKER } from '../links/state.js';
import type { LinkReportTracker, ReportIssue } from '../workflows/check-links.js';
import type { Octokit } from './octokit.js';

export interface LinkReportSettings {
  owner: string;
  repo: string;
  /** Label of the report issue (default `adopters: links`). */
  label?: string;
  /** Login of the bot (default `github-actions[bot]`): only its issues are trusted as state. */
  botLogin?: string;
}

export const DEFAULT_LINK_REPORT_LABEL = 'adopters: links';

/**
 * The report issue on GitHub. An issue counts only if it carries the label, starts with the marker
 * and was opened by the bot: anyone can open an issue with the same label and a pasted marker, and
 * its body must not feed the link-check state (THREATS.md rule 3).
 */
export class GitHubLinkReportTracker implements LinkReportTracker {
  private readonly label: string;
  private readonly botLogin: string;

  constructor(
    private readonly octokit: Octokit,
    private readonly settings: LinkReportSettings,
  ) {
    this.label = settings.label ?? DEFAULT_LINK_REPORT_LABEL;
    this.botLogin = (settings.botLogin ?? 'github-actions[bot]').toLowerCase();
  }

  async find(): Promise<ReportIssue | null> {
    const issues = await this.octokit.paginate(this.octokit.rest.issues.listForRepo, {
      owner: this.settings.owner,
      repo: this.settings.repo,
      labels: this.label,
      state: 'all',
      per_page: 100,
    });
    const ours = issues
      .filter((issue) => !issue.pull_request)
      .filter((issue) => issue.user?.login.toLowerCase() === this.botLogin)
      .filter((issue) => (issue.body ?? '').trimStart().startsWith(REPORT_MARKER))
      // Should a duplicate ever exist, the oldest one is the report; the others are left alone.
      .sort((a, b) => a.number - b.number);
    const issue = ours[0];
    return issue ? { number: issue.number, open: issue.state === 'open', body: issue.body ?? '' } : null;
  }

  async create(title: string, body: string): Promise<number> {
    await this.ensureLabel();
    const { data } = await this.octokit.rest.issues.create({ ...this.repo(), title, body, labels: [this.label] });
    return data.number;
  }

  async update(issue: number, title: string, body: string): Promise<void> {
    await this.octokit.rest.issues.update({ ...this.repo(), issue_number: issue, title, body });
  }

  async close(issue: number, comment: string): Promise<void> {
    await this.octokit.rest.issues.createComment({ ...this.repo(), issue_number: issue, body: comment });
    await this.octokit.rest.issues.update({
      ...this.repo(),
      issue_number: issue,
      state: 'closed',
      state_reason: 'completed',
    });
  }

  async reopen(issue: number): Promise<void> {
    await this.octokit.rest.issues.update({ ...this.repo(), issue_number: issue, state: 'open' });
  }

  private repo() {
    return { owner: this.settings.owner, repo: this.settings.repo };
  }

  /** Issue forms and `issues.create` apply only labels that exist, so the bot creates its own. */
  private async ensureLabel(): Promise<void> {
    try {
      await this.octokit.rest.issues.getLabel({ ...this.repo(), name: this.label });
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
      try {
        await this.octokit.rest.issues.createLabel({
          ...this.repo(),
          name: this.label,
          color: 'c5def5',
          description: 'Link check report of the adopters file',
        });
      } catch (createError) {
        // 422: another run created it meanwhile, which is what we wanted.
        if (statusOf(createError) !== 422) throw createError;
      }
    }
  }
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}
