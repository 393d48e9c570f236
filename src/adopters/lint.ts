import { type AdoptersDocument, parseDocument } from './document.js';
import { findContainers } from './find-containers.js';
import type { Container, Entry } from './model.js';
import { compareNames } from './order.js';
import { cellRanges } from './read/table-reader.js';
import { selectPlacement } from './select-container.js';
import { orderPolicyFor } from './statements.js';
import { normalizeOrganizationName } from '../submission/normalize-name.js';

export type LintRule = 'list' | 'order' | 'malformed' | 'link' | 'duplicate' | 'final-newline';

export interface LintProblem {
  line: number;
  rule: LintRule;
  message: string;
}

/** Indices of the entries that stay in place in a longest run of names in order; the rest are slips. */
function inOrderIndices(entries: Entry[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = new Array<number>(entries.length).fill(-1);
  for (let i = 0; i < entries.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareNames(entries[tails[mid]!]!.name, entries[i]!.name) <= 0) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let i = tails[tails.length - 1] ?? -1; i >= 0; i = previous[i]!) keep.add(i);
  return keep;
}

function orderProblems(doc: AdoptersDocument, container: Container, containers: Container[]): LintProblem[] {
  const policy = orderPolicyFor(doc, container, containers);
  if (policy.order !== 'alphabetical') return [];
  const problems: LintProblem[] = [];
  const groups = new Map<string, Entry[]>();
  for (const e of container.entries) {
    if (e.catchAll) continue;
    const key = e.group ?? '';
    const group = groups.get(key);
    if (group) group.push(e);
    else groups.set(key, [e]);
  }
  for (const entries of groups.values()) {
    const keep = inOrderIndices(entries);
    // The kept entries are in order, so those before a slip that sort at or before it form a prefix of
    // them: the nearest one ("it belongs after") is found by binary search, not by a scan back.
    const kept: Entry[] = [];
    entries.forEach((e, i) => {
      if (keep.has(i)) return void kept.push(e);
      let lo = 0;
      let hi = kept.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (compareNames(kept[mid]!.name, e.name) <= 0) lo = mid + 1;
        else hi = mid;
      }
      const after = lo > 0 ? kept[lo - 1] : undefined;
      problems.push({
        line: e.startLine,
        rule: 'order',
        message: `"${e.name}" is out of alphabetical order${after ? ` (it belongs after "${after.name}")` : ''}`,
      });
    });
  }
  return problems;
}

/** What is wrong with a malformed entry, and which sibling to copy instead. */
function malformedMessage(doc: AdoptersDocument, container: Container, entry: Entry): string {
  if (container.table) {
    const cells = cellRanges(doc.source, entry.start, entry.end).length;
    return `"${entry.name}" has ${cells} cells, the header has ${container.table.columns.count}`;
  }
  const like = container.entries.find((e) => e.wellFormed && !e.catchAll && !e.placeholder);
  return `"${entry.name}" is not written like the other entries of this list${like ? `; write it like the entry on line ${like.startLine}` : ''}`;
}

/** `www.finos.org`, `ttps://…`, an empty target: links that cannot work as written. */
function linkProblem(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  if (!url.trim()) return 'the link has no target';
  if (/^(?:www\.|[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/|$))/i.test(url))
    return `the link "${url}" has no scheme (did you mean https://${url}?)`;
  if (/^[a-z]+:\/\//i.test(url) && !/^(?:https?|ftp):\/\//i.test(url)) return `the link "${url}" has a broken scheme`;
  return undefined;
}

const siteOf = (url: string | undefined) =>
  (url ?? '')
    .toLowerCase()
    .replace(/^https?:\/\/(?:www\.)?/, '')
    .replace(/\/+$/, '');

/** Two entries with equal keys are the same adopter listed twice (same organization, same site). */
export function duplicateKey(entry: Entry): string {
  return `${normalizeOrganizationName(entry.name)}\u0000${siteOf(entry.url)}`;
}

/** Problems a reviewer would point out in an adopters file, each with its line. Never changes the file. */
export function lintAdopters(source: string): LintProblem[] {
  const doc = parseDocument(source);
  const containers = findContainers(doc);
  const problems: LintProblem[] = [];
  // The reading `add` uses: a file this check calls clean is one the bot can write into.
  const placement = selectPlacement(doc, containers, {});
  if (placement.kind === 'refuse') problems.push({ line: 1, rule: 'list', message: placement.reason });
  const seen = new Map<string, Entry>();
  for (const container of containers) {
    problems.push(...orderProblems(doc, container, containers));
    for (const entry of container.entries) {
      if (!entry.wellFormed) {
        problems.push({
          line: entry.startLine,
          rule: 'malformed',
          message: malformedMessage(doc, container, entry),
        });
      }
      const bad = linkProblem(entry.url);
      if (bad) problems.push({ line: entry.startLine, rule: 'link', message: bad });
      const key = duplicateKey(entry);
      const first = seen.get(key);
      if (first && !entry.catchAll) {
        problems.push({
          line: entry.startLine,
          rule: 'duplicate',
          message: `"${entry.name}" is listed twice (first at line ${first.startLine})`,
        });
      } else seen.set(key, entry);
    }
  }
  if (source.length && !doc.finalNewline) {
    problems.push({
      line: doc.lineStarts.length,
      rule: 'final-newline',
      message: 'the file does not end with a newline',
    });
  }
  return problems.sort((a, b) => a.line - b.line);
}
