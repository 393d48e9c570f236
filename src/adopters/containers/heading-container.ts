import type { List, RootContent } from 'mdast';
import { type AdoptersDocument, lineOf, lineStart } from '../document.js';
import { displayText } from '../inline.js';
import type { Container, Entry } from '../model.js';
import { isCatchAll } from '../entry-traits.js';
import { looksLikeSectionTitle, type Section } from '../sections.js';

/** `- *Application*: …`, `- **Usage**: …`: the labels of a field list (etcd, tinkerbell). */
function fieldLabels(blocks: RootContent[]): Set<string> {
  const list = blocks.find((b): b is List => b.type === 'list');
  const labels = new Set<string>();
  for (const item of list?.children ?? []) {
    const p = item.children[0];
    const first = p?.type === 'paragraph' ? p.children[0] : undefined;
    if (first && (first.type === 'strong' || first.type === 'emphasis')) {
      labels.add(displayText(first).replace(/:\s*$/, '').trim().toLowerCase());
    }
  }
  return labels;
}

/**
 * One heading per adopter (etcd's `## Name`, tinkerbell's `### Name`): the subsections of a section form a
 * container when their headings read like names and their bodies look alike — they share field labels, or
 * (three or more) hold only prose, no entry lists of their own.
 */
export function readHeadingContainer(
  doc: AdoptersDocument,
  parent: Section,
  hasEntryContainer: (section: Section) => boolean,
): Container | undefined {
  const subs = parent.subsections;
  if (subs.length < 2) return undefined;
  const depth = subs[0]!.depth;
  if (!subs.every((s) => s.depth === depth)) return undefined;
  const named = subs.filter((s) => s.title && !looksLikeSectionTitle(s.title)).length;
  if (named / subs.length < 0.6) return undefined;
  const labelSets = subs.map((s) => fieldLabels(s.blocks));
  const counts = new Map<string, number>();
  for (const set of labelSets) for (const l of set) counts.set(l, (counts.get(l) ?? 0) + 1);
  const shared = [...counts.values()].filter((c) => c >= 2).length >= 2;
  const prose = subs.length >= 3 && subs.every((s) => s.blocks.length > 0 && !hasEntryContainer(s));
  if (!shared && !prose) return undefined;
  const entries: Entry[] = subs.map((s) => {
    const title = s.title ?? '';
    const link = s.heading?.children.find((c) => c.type === 'link');
    return {
      start: lineStart(doc, lineOf(doc, s.start)),
      end: s.end,
      startLine: lineOf(doc, s.start),
      endLine: lineOf(doc, s.end),
      name: title,
      url: link?.type === 'link' ? link.url : undefined,
      hasDescription: s.blocks.length > 0,
      catchAll: isCatchAll(title),
      shape: `heading|${depth}|${link ? 'link' : 'plain'}`,
      wellFormed: true,
      source: { kind: 'heading', heading: s.heading!, bodyEnd: s.end },
    };
  });
  return {
    kind: 'headings',
    entries,
    start: entries[0]!.start,
    end: entries[entries.length - 1]!.end,
    section: parent.title,
    loose: true,
    headingDepth: depth,
  };
}
