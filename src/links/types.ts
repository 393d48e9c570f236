/**
 * The vocabulary of the link checker, shared by the pure core (extract, classify, state, report),
 * the fetch adapter and the CLI. The status union is closed: every consumer switches over it.
 */

export const LINK_STATUSES = [
  'ok',
  'redirected',
  'broken',
  'timeout',
  'unverifiable',
  'blocked',
  'malformed',
  'skipped',
] as const;

export type LinkStatus = (typeof LINK_STATUSES)[number];

/** Statuses that fail the CLI and count toward the report issue (DESIGN.md, CLI contract). */
export const FAILING_STATUSES: ReadonlySet<LinkStatus> = new Set<LinkStatus>(['broken', 'timeout', 'malformed']);

export function isFailing(status: LinkStatus): boolean {
  return FAILING_STATUSES.has(status);
}

/** How the link is written in the Markdown source. */
export type LinkKind = 'inline' | 'reference' | 'autolink' | 'literal' | 'image' | 'html';

/** One place a URL appears in the file. */
export interface LinkOccurrence {
  /** The destination as the Markdown parser gives it (bare `www.` literals get GitHub's `http://`). */
  url: string;
  /** 1-based line of the destination (for reference links: the definition line). */
  line: number;
  /** Name of the adopter entry the link belongs to, when one can be told; untrusted text. */
  entry: string | null;
  kind: LinkKind;
}

/** What a written URL points at, decided without any I/O (classify.ts). */
export type LinkTarget =
  | { kind: 'http'; url: URL }
  | { kind: 'anchor'; fragment: string }
  /** A path in the repository; `hostLike` when it reads like a domain typed without a scheme. */
  | { kind: 'relative'; path: string; hostLike: boolean; suggestion?: string }
  | { kind: 'malformed'; reason: string; suggestion?: string }
  | { kind: 'skipped'; reason: string };

/** A distinct URL with every place it appears; checked once. */
export interface DistinctLink {
  url: string;
  target: LinkTarget;
  occurrences: LinkOccurrence[];
}

/** The verdict for one distinct URL. */
export interface LinkResult {
  status: LinkStatus;
  /** Final HTTP status code, when a response was received. */
  code: number | null;
  /** Where redirects ended, when they did. */
  finalUrl?: string;
  /** Short human reason (never raw response text). */
  detail?: string;
  /** The redirect left the link's registrable domain (a possible domain sale or takeover). */
  movedDomain?: boolean;
  /**
   * True when the verdict came from the network, where a failure can be transient. Local verdicts
   * (malformed, missing repository path, unknown anchor) do not need flake tolerance.
   */
  network: boolean;
}

export interface CheckedLink extends DistinctLink {
  result: LinkResult;
}

export type StatusCounts = Record<LinkStatus, number>;

export function countStatuses(links: readonly { result: LinkResult }[]): StatusCounts {
  const counts = Object.fromEntries(LINK_STATUSES.map((s) => [s, 0])) as StatusCounts;
  for (const link of links) counts[link.result.status] += 1;
  return counts;
}
