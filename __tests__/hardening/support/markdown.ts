// What GitHub would make of Markdown the bot writes: the text a reader sees, the mentions and issue
// references GitHub would link in it, the raw HTML it holds. Parsed with remark (CommonMark + GFM).
import type { Nodes } from 'mdast';
import { parseDocument } from '../../../src/adopters/document.js';

/** The displayed text of a node: its text, inline code and break descendants, concatenated. */
export function displayedText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return '\n';
  return 'children' in node ? node.children.map(displayedText).join('') : '';
}

/** Every node of the tree, depth first, with the types of its ancestors. */
function* walk(node: Nodes, ancestors: string[] = []): Generator<{ node: Nodes; ancestors: string[] }> {
  yield { node, ancestors };
  if ('children' in node) {
    for (const child of node.children) yield* walk(child, [...ancestors, node.type]);
  }
}

export function parseMarkdown(markdown: string): Nodes {
  return parseDocument(markdown).tree;
}

// GitHub links mentions and references in rendered text, outside code and links (html-pipeline's
// MentionFilter and IssueReferenceFilter skip `code`, `pre` and `a`). A zero-width space after `@` or
// `#` breaks both patterns.
const MENTION = /(?:^|\W)@[A-Za-z0-9]/u;
const REFERENCE = /(?:^|\W)(?:[\w.-]+\/[\w.-]+)?#\d+|\bGH-\d+/giu;

export interface LiveLinks {
  mentions: string[];
  /** Issue or pull request numbers GitHub would link (cross-repository ones as `owner/repo#n`). */
  references: string[];
}

/** The mentions and references GitHub would turn into notifications or cross-links in `markdown`. */
export function liveLinks(markdown: string): LiveLinks {
  const found: LiveLinks = { mentions: [], references: [] };
  for (const { node, ancestors } of walk(parseMarkdown(markdown))) {
    if (node.type !== 'text' || ancestors.includes('link') || ancestors.includes('linkReference')) continue;
    if (MENTION.test(node.value)) found.mentions.push(node.value);
    for (const m of node.value.matchAll(REFERENCE)) found.references.push(m[0].replace(/^\W/u, ''));
  }
  return found;
}

/** Raw HTML nodes of `markdown` (comments included). */
export function htmlNodes(markdown: string): string[] {
  const out: string[] = [];
  for (const { node } of walk(parseMarkdown(markdown))) if (node.type === 'html') out.push(node.value);
  return out;
}

/** Link nodes (url and displayed text) inside [start, end) of `markdown`. */
export function linksWithin(markdown: string, start: number, end: number): { url: string; text: string }[] {
  const out: { url: string; text: string }[] = [];
  for (const { node } of walk(parseMarkdown(markdown))) {
    const offset = node.position?.start.offset ?? -1;
    if (node.type === 'link' && offset >= start && offset < end) out.push({ url: node.url, text: displayedText(node) });
  }
  return out;
}
