import { type AdoptersDocument, parseDocument } from './document.js';
import { findContainers } from './find-containers.js';
import type { Container, Entry } from './model.js';
import { orderNames, outOfOrder, slipAnchors, sortedBackbone } from './order.js';
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

function orderProblems(doc: AdoptersDocument, container: Container, containers: Container[]): LintProblem[] {
  const policy = orderPolicyFor(doc, container, containers);
  if (policy.order !== 'alphabetical') return [];
  const problems: LintProblem[] = [];
  const groups = new Map<string, Entry[]>();
  for (const e of container.entries) {
    if (outOfOrder(e)) continue;
    const key = e.group ?? '';
    const group = groups.get(key);
    if (group) group.push(e);
    else groups.set(key, [e]);
  }
  for (const entries of groups.values()) {
    const names = orderNames(entries);
    const anchors = slipAnchors(names, sortedBackbone(names));
    for (const [i, after] of anchors) {
      const e = entries[i]!;
      problems.push({
        line: e.startLine,
        rule: 'order',
        message: `"${e.name}" is out of alphabetical order${after !== undefined ? ` (it belongs after "${after}")` : ''}`,
      });
    }
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
