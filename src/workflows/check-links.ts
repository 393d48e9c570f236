import { posix } from 'node:path';
import type { ChangeFormLink } from '../links/change-form-link.js';
import { classifyRelative } from '../links/classify.js';
import { dedupeLinks, extractLinks, fetchKey } from '../links/extract.js';
import { countLinks, renderReportBody, renderSummary, reportTitle } from '../links/report.js';
import { advanceState, decideReportAction, parseState, type ReportAction } from '../links/state.js';
import type { CheckedLink, DistinctLink, LinkResult } from '../links/types.js';

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

export interface CollectOptions {
  checker: LinkChecker;
  /** Repository path of the file, to resolve relative links. */
  filePath: string;
  exists: (path: string) => Promise<boolean>;
  /** Report relative and in-page links as skipped instead of checking them. */
  skipRelative?: boolean;
  onProgress?: (done: number, total: number) => void;
}

/** Extract → dedupe → check: one result per distinct URL, in order of first appearance. */
export async function collectLinkResults(markdown: string, options: CollectOptions): Promise<CheckedLink[]> {
  const { occurrences, anchors } = extractLinks(markdown);
  const links = dedupeLinks(occurrences);
  const httpUrls = links.flatMap((l) => (l.target.kind === 'http' ? [l.target.url] : []));
  const fetched = await options.checker.check(httpUrls, options.onProgress);
  const lowerAnchors = new Set([...anchors].map((a) => a.toLowerCase()));
  return Promise.all(
    links.map(async (link) => ({ ...link, result: await localResult(link, fetched, lowerAnchors, options) })),
  );
}

async function localResult(
  link: DistinctLink,
  fetched: Map<string, LinkResult>,
  anchors: Set<string>,
  options: CollectOptions,
): Promise<LinkResult> {
  const target = link.target;
  switch (target.kind) {
    case 'http':
      return (
        fetched.get(fetchKey(target.url)) ?? { status: 'skipped', code: null, network: false, detail: 'not checked' }
      );
    case 'malformed': {
      const hint = target.suggestion ? `; did you mean ${target.suggestion}?` : '';
      return { status: 'malformed', code: null, network: false, detail: `${target.reason}${hint}` };
    }
    case 'skipped':
      return { status: 'skipped', code: null, network: false, detail: target.reason };
    case 'anchor':
      if (options.skipRelative) return { status: 'skipped', code: null, network: false, detail: 'in-page link' };
      return anchors.has(target.fragment.toLowerCase())
        ? { status: 'ok', code: null, network: false }
        : { status: 'broken', code: null, network: false, detail: 'no heading or anchor with that name in the file' };
    case 'relative': {
      // A domain typed without a scheme is malformed whether or not relative links are checked.
      if (options.skipRelative && !target.hostLike) {
        return { status: 'skipped', code: null, network: false, detail: 'relative link' };
      }
      const path = resolveRepositoryPath(options.filePath, target.path);
      if (path === null) {
        return { status: 'broken', code: null, network: false, detail: 'points outside the repository' };
      }
      return classifyRelative(target, !options.skipRelative && (await options.exists(path)));
    }
  }
}

/** `docs/ADOPTERS.md` + `../img/a%20b.png` → `img/a b.png`; `/x` is from the root; null when it escapes. */
export function resolveRepositoryPath(filePath: string, link: string): string | null {
  let decoded = link;
  try {
    decoded = decodeURIComponent(link);
  } catch {
    // keep the text as written; a bad escape simply will not exist
  }
  const joined = decoded.startsWith('/') ? decoded.slice(1) : posix.join(posix.dirname(filePath), decoded);
  const normalized = posix.normalize(joined === '' ? '.' : joined).replace(/\/+$/, '');
  if (normalized === '..' || normalized.startsWith('../')) return null;
  return normalized === '' ? '.' : normalized;
}

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
