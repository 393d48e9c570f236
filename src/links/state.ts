import * as z from 'zod';
import { isFailing, type CheckedLink } from './types.js';

/**
 * Flake tolerance. A link is reported broken only after N consecutive failing runs; the streaks live
 * in a hidden JSON block at the end of the bot's report issue. The block is read defensively: the
 * adapter only hands over bodies the bot authored, and this module still validates shape and size,
 * so a damaged or oversized block costs the streaks, never the run.
 */

export const REPORT_MARKER = '<!-- adopters-bot:link-report -->';
const STATE_OPEN = '<!-- adopters-bot:link-state ';
const STATE_CLOSE = ' -->';
/** Most links tracked across runs; failures past it are still reported, their streak restarts. */
export const MAX_TRACKED_LINKS = 400;
/** The serialized block never exceeds this, so the visible report keeps most of the body. */
export const MAX_STATE_CHARS = 24_000;

const trackedSchema = z.object({
  url: z.string().min(1).max(2048),
  since: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  runs: z.number().int().min(1).max(100_000),
});
const stateSchema = z.object({
  version: z.literal(1),
  links: z.array(trackedSchema).max(MAX_TRACKED_LINKS),
});

export type TrackedLink = z.infer<typeof trackedSchema>;
export type LinkState = z.infer<typeof stateSchema>;

export const EMPTY_STATE: LinkState = { version: 1, links: [] };

/** The state block of a report body, or the empty state with a reason when it is missing or bad. */
export function parseState(body: string | null | undefined): { state: LinkState; problem?: string } {
  if (!body) return { state: EMPTY_STATE };
  // Only a block at the very end counts: everything before it may quote untrusted text.
  const match = /<!-- adopters-bot:link-state (\{[^\n]*\}) -->\s*$/.exec(body);
  if (!match?.[1]) return { state: EMPTY_STATE, problem: 'no state block in the report issue' };
  if (match[1].length > MAX_STATE_CHARS) return { state: EMPTY_STATE, problem: 'state block too large' };
  let json: unknown;
  try {
    json = JSON.parse(match[1]);
  } catch {
    return { state: EMPTY_STATE, problem: 'state block is not valid JSON' };
  }
  const parsed = stateSchema.safeParse(json);
  return parsed.success
    ? { state: parsed.data }
    : { state: EMPTY_STATE, problem: 'state block has an unexpected shape' };
}

/**
 * The hidden block. `<`, `>` and `&` are escaped as JSON unicode escapes so no URL can close the
 * HTML comment; links are dropped from the end until the block fits its cap.
 */
export function serializeState(state: LinkState): string {
  let links = state.links.slice(0, MAX_TRACKED_LINKS);
  for (;;) {
    const json = JSON.stringify({ version: 1, links }).replace(
      /[<>&\u2028\u2029]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
    const block = `${STATE_OPEN}${json}${STATE_CLOSE}`;
    if (block.length <= MAX_STATE_CHARS || links.length === 0) return block;
    links = links.slice(0, Math.floor(links.length * 0.9));
  }
}

export interface TrackedFailure {
  link: CheckedLink;
  /** Consecutive failing runs, this one included. */
  runs: number;
  /** Date (YYYY-MM-DD) of the first failure of the current streak. */
  since: string;
  /** Reported as broken: N runs in a row, or a failure that no retry can change (malformed). */
  confirmed: boolean;
}

export interface AdvanceOptions {
  /** Consecutive failing runs before a network failure is confirmed (default 2). */
  threshold: number;
  today: Date;
}

/** Previous streaks + this run's results → new streaks and this run's failures, in file order. */
export function advanceState(
  previous: LinkState,
  links: readonly CheckedLink[],
  options: AdvanceOptions,
): { state: LinkState; failures: TrackedFailure[] } {
  const before = new Map(previous.links.map((l) => [l.url, l]));
  const today = options.today.toISOString().slice(0, 10);
  const threshold = Math.max(1, Math.floor(options.threshold));
  const failures: TrackedFailure[] = [];
  for (const link of links) {
    if (!isFailing(link.result.status)) continue;
    const prior = before.get(link.url);
    const runs = (prior?.runs ?? 0) + 1;
    const since = prior?.since ?? today;
    failures.push({ link, runs, since, confirmed: !link.result.network || runs >= threshold });
  }
  const tracked = failures.slice(0, MAX_TRACKED_LINKS).map((f) => ({ url: f.link.url, since: f.since, runs: f.runs }));
  return { state: { version: 1, links: tracked }, failures };
}

export type ReportAction = 'none' | 'create' | 'update' | 'close' | 'reopen';

/**
 * The report issue is open exactly while something fails: created by the first failing run (quiet:
 * "watching", nothing confirmed), updated while failures last, closed when all pass (kept for its
 * state), reopened when something fails again.
 */
export function decideReportAction(issue: { open: boolean } | null, failures: readonly TrackedFailure[]): ReportAction {
  if (failures.length > 0) return issue === null ? 'create' : issue.open ? 'update' : 'reopen';
  return issue?.open ? 'close' : 'none';
}
