import type { Definition, Nodes, Parents } from 'mdast';
import { parseDocument } from '../adopters/document.js';
import { findContainers } from '../adopters/find-containers.js';
import { displayText } from '../adopters/inline.js';
import type { Entry } from '../adopters/model.js';
import { classifyTarget } from './classify.js';
import { extractHtmlAnchors, extractHtmlLinks } from './html-attributes.js';
import type { DistinctLink, LinkKind, LinkOccurrence } from './types.js';

export interface ExtractedLinks {
  /** Every link in document order (duplicates kept, each with its own line). */
  occurrences: LinkOccurrence[];
  /** In-page anchors a `#fragment` may target: heading slugs (GitHub's rules) and HTML ids/names. */
  anchors: Set<string>;
}

/** The adopter entry (as the insertion engine reads the file) that covers each line; null outside entries. */
function entryLookup(entries: Entry[]): (line: number) => string | null {
  const sorted = [...entries].sort((a, b) => a.startLine - b.startLine);
  return (line) => {
    let lo = 0;
    let hi = sorted.length - 1;
    let found: Entry | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.startLine <= line) [found, lo] = [sorted[mid], mid + 1];
      else hi = mid - 1;
    }
    return found && line <= found.endLine ? shorten(found.name) : null;
  };
}

function shorten(name: string): string | null {
  const text = name.replace(/\s+/g, ' ').trim();
  return !text ? null : text.length > 100 ? `${text.slice(0, 99)}…` : text;
}

/**
 * Every link of a Markdown file with its line and entry, from mdast positions: inline links, images,
 * reference definitions, `<autolinks>`, GFM bare URLs (also inside table cells), and HTML href/src.
 * Code blocks and code spans hold no links; HTML comments are ignored.
 */
export function extractLinks(markdown: string): ExtractedLinks {
  const doc = parseDocument(markdown);
  const tree = doc.tree;
  const entryAt = entryLookup(findContainers(doc).flatMap((c) => c.entries));
  const occurrences: LinkOccurrence[] = [];
  const anchors = new Set<string>();
  const slugCounts = new Map<string, number>();
  const definitions: { node: Definition; index: number }[] = [];
  const referenceEntries = new Map<string, string | null>();

  walk(tree, [], (node, ancestors) => {
    const line = node.position?.start.line ?? 0;
    switch (node.type) {
      case 'link': {
        occurrences.push({ url: node.url, line, entry: entryAt(line), kind: linkKind(markdown, node) });
        break;
      }
      case 'image':
        occurrences.push({ url: node.url, line, entry: entryAt(line), kind: 'image' });
        break;
      case 'linkReference':
      case 'imageReference':
        if (!referenceEntries.has(node.identifier)) referenceEntries.set(node.identifier, entryAt(line));
        break;
      case 'definition':
        // Its entry is known only once the references are seen; filled in below.
        definitions.push({ node, index: occurrences.length });
        occurrences.push({ url: node.url, line, entry: null, kind: 'reference' });
        break;
      case 'html':
        for (const link of extractHtmlLinks(node.value, followingHtml(ancestors.at(-1), node))) {
          const entry = link.alt?.trim() ? link.alt.trim() : entryAt(line);
          occurrences.push({ url: link.url, line: line + link.lineOffset, entry, kind: 'html' });
        }
        for (const id of extractHtmlAnchors(node.value)) anchors.add(id);
        break;
      case 'heading':
        anchors.add(uniqueSlug(slugify(displayText(node)), slugCounts));
        break;
    }
  });

  for (const { node, index } of definitions) {
    occurrences[index] = { ...occurrences[index]!, entry: referenceEntries.get(node.identifier) ?? null };
  }
  return { occurrences, anchors };
}

function walk(node: Nodes, ancestors: Parents[], visit: (node: Nodes, ancestors: Parents[]) => void): void {
  visit(node, ancestors);
  if ('children' in node) {
    const next = [...ancestors, node];
    for (const child of node.children as Nodes[]) walk(child, next, visit);
  }
}

/** Raw HTML of the inline siblings after `node`, up to the closing `</a>`. */
function followingHtml(parent: Parents | undefined, node: Nodes): string {
  if (!parent || node.type !== 'html' || !/^<a\b/i.test(node.value)) return '';
  const siblings = parent.children as Nodes[];
  let html = '';
  for (const sibling of siblings.slice(siblings.indexOf(node) + 1)) {
    if (sibling.type !== 'html') continue;
    html += sibling.value;
    if (/<\/a\s*>/i.test(sibling.value)) break;
  }
  return html;
}

/** The parser gives every link the same node type; the source byte at its start tells them apart. */
function linkKind(markdown: string, node: Nodes): LinkKind {
  const offset = node.position?.start.offset;
  const first = offset === undefined ? '' : markdown[offset];
  if (first === '[') return 'inline';
  if (first === '<') return 'autolink';
  return 'literal';
}

/** GitHub's heading anchors (github-slugger): lower-case, punctuation dropped, spaces to hyphens. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .trim()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-');
}

function uniqueSlug(slug: string, counts: Map<string, number>): string {
  const seen = counts.get(slug);
  counts.set(slug, (seen ?? 0) + 1);
  return seen === undefined ? slug : `${slug}-${seen}`;
}

/** One element per distinct URL as written, in order of first appearance, with every occurrence. */
export function dedupeLinks(occurrences: readonly LinkOccurrence[]): DistinctLink[] {
  const byUrl = new Map<string, DistinctLink>();
  for (const occurrence of occurrences) {
    const existing = byUrl.get(occurrence.url);
    if (existing) existing.occurrences.push(occurrence);
    else
      byUrl.set(occurrence.url, {
        url: occurrence.url,
        target: classifyTarget(occurrence.url),
        occurrences: [occurrence],
      });
  }
  return [...byUrl.values()];
}

/** The key under which an http target is fetched: the same resource written two ways is checked once. */
export function fetchKey(url: URL): string {
  const copy = new URL(url.href);
  copy.hash = '';
  return copy.href;
}
