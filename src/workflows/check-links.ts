import type { ChangeFormLink } from '../links/change-form-link.js';
import { collectLinkResults } from './collect-link-results.js';
import { countLinks, renderReportBody, renderSummary, reportTitle } from '../links/report.js';
import { advanceState, decideReportAction, parseState, type ReportAction } from '../links/state.js';
import type { CheckedLink, LinkResult } from '../links/types.js';

/** The adopters file and the repository tree around it (the API in the action, the disk in the CLI). */
export interface AdoptersSource {
  /** Repository path of the file, e.g. `ADOPTERS.md` or `docs/ADOPTERS.md`. */
  readonly path: string;
  readText(): Promise<string>;
  /** Whether a normalized repository path (no leading slash; `.` is the root) exists. */
  exists(path: string): Promise<boolean>;
}

export interface ReportIssue {
  number: number;
  open: boolean;
  body: string;
}

/** The bot's single report issue. `find` returns only an issue the bot itself authored. */
export interface LinkReportTracker {
  find(): Promise<ReportIssue | null>;
  create(title: string, body: string): Promise<number>;
  update(issue: number, title: string, body: string): Promise<void>;
  close(issue: number, comment: string): Promise<void>;
  reopen(issue: number): Promise<void>;
}

export interface LinkChecker {
  /** Results keyed by `fetchKey(url)`. */
  check(urls: readonly URL[], onProgress?: (done: number, total: number) => void): Promise<Map<string, LinkResult>>;
}

/** Log lines carry counts and line numbers only: never URLs or names from the file (THREATS rule 1). */
export interface Reporter {
  info(message: string): void;
  warning(message: string): void;
  summary(markdown: string): Promise<void>;
}

export { collectLinkResults, resolveRepositoryPath, type CollectOptions } from './collect-link-results.js';

export interface CheckLinksPorts {
  source: AdoptersSource;
  tracker: LinkReportTracker;
  checker: LinkChecker;
  reporter: Reporter;
}

export interface CheckLinksSettings {
  /** Consecutive failing runs before a link is reported broken (`flake-runs`, default 2). */
  threshold: number;
  skipRelative?: boolean;
  /** Log what would be written to the issue, write nothing. */
  dryRun?: boolean;
  /** Blob URL of the file for line links in the report (trusted: built from the repository). */
  fileUrl?: string;
  /** The change form, for a pre-filled "request a change" link on each broken entry. */
  changeForm?: ChangeFormLink;
  now?: () => Date;
}

export interface CheckLinksResult {
  checked: number;
  broken: number;
  watching: number;
  unverifiable: number;
  /** Number of the report issue, when one exists after the run. */
  reportIssue: number | null;
  action: ReportAction;
  links: CheckedLink[];
}

export async function runCheckLinks(ports: CheckLinksPorts, settings: CheckLinksSettings): Promise<CheckLinksResult> {
  const { source, tracker, reporter } = ports;
  const now = settings.now?.() ?? new Date();
  const links = await collectLinkResults(await source.readText(), {
    checker: ports.checker,
    filePath: source.path,
    exists: (path) => source.exists(path),
    skipRelative: settings.skipRelative,
  });

  const issue = await tracker.find();
  const previous = parseState(issue?.body);
  if (issue && previous.problem)
    reporter.warning(`Report issue #${issue.number}: ${previous.problem}; streaks restart.`);
  const { state, failures } = advanceState(previous.state, links, { threshold: settings.threshold, today: now });
  const context = {
    file: source.path,
    fileUrl: settings.fileUrl,
    threshold: settings.threshold,
    checkedAt: now,
    changeForm: settings.changeForm,
  };
  const title = reportTitle(failures);
  const body = renderReportBody(links, failures, state, context);
  let action = decideReportAction(issue, failures);
  // A closed issue still holding streaks (closed by hand while links failed) is quietly reset.
  const staleState = action === 'none' && issue !== null && previous.state.links.length > 0;

  let reportIssue = issue?.number ?? null;
  const write = async (description: string, effect: () => Promise<void>) => {
    if (settings.dryRun) reporter.info(`[dry-run] Would ${description}`);
    else await effect();
  };
  if (action === 'create') {
    await write('create the link report issue', async () => {
      reportIssue = await tracker.create(title, body);
    });
  } else if (issue && (action === 'update' || staleState)) {
    if (staleState) action = 'update';
    await write(`update report issue #${issue.number}`, () => tracker.update(issue.number, title, body));
  } else if (issue && action === 'reopen') {
    await write(`reopen report issue #${issue.number}`, async () => {
      await tracker.update(issue.number, title, body);
      await tracker.reopen(issue.number);
    });
  } else if (issue && action === 'close') {
    await write(`close report issue #${issue.number}`, async () => {
      await tracker.update(issue.number, title, body);
      await tracker.close(
        issue.number,
        'All links pass again. Closing; this issue keeps the link-check state and reopens if a link breaks.',
      );
    });
  }

  const counts = countLinks(links, failures);
  for (const failure of failures.filter((f) => f.confirmed)) {
    const at = failure.link.occurrences[0]?.line ?? 0;
    const code = failure.link.result.code === null ? '' : ` (HTTP ${failure.link.result.code})`;
    reporter.warning(`${source.path}:${at}: ${failure.link.result.status} link${code}`);
  }
  reporter.info(
    `Checked ${counts.checked} links: ${counts.broken} broken, ${counts.watching} watching, ${counts.unverifiable} unverifiable.`,
  );
  await reporter.summary(renderSummary(links, failures, context));
  return {
    checked: counts.checked,
    broken: counts.broken,
    watching: counts.watching,
    unverifiable: counts.unverifiable,
    reportIssue,
    action,
    links,
  };
}
