import type { Html } from 'mdast';
import { type AdoptersDocument, endOf, startOf } from './document.js';
import type { Container } from './model.js';
import { buildSections, sectionMatches } from './sections.js';

export type Placement =
  | { kind: 'container'; container: Container; group?: string; note?: string }
  /** No list yet: a new default list goes at `offset` (after a title, or between our markers). */
  | { kind: 'new-list'; offset: number; section: string | null }
  | { kind: 'refuse'; code: 'moved' | 'generated' | 'no-section'; reason: string };

const START_MARKER = /<!--\s*adopters:start\s*-->/i;
const END_MARKER = /<!--\s*adopters:end\s*-->/i;
const MOVED =
  /\b(?:has|have|was|were)\s+(?:been\s+)?moved\b|\bmoved\s+to\b|\bnow\s+(?:lives|maintained|hosted|kept)\b|\bcan\s+now\s+be\s+found\b/i;
const GENERATED = /\b(?:auto-?generated|generated\s+(?:by|from|with|automatically)|do\s+not\s+edit|don't\s+edit)\b/i;

function topLevelHtml(doc: AdoptersDocument): Html[] {
  return doc.tree.children.filter((n): n is Html => n.type === 'html' && startOf(n) >= doc.bodyStart);
}

/** Our marker pair bounds the list when present: `<!-- adopters:start -->` … `<!-- adopters:end -->`. */
function markerRange(doc: AdoptersDocument): { start: number; end: number } | undefined {
  const html = topLevelHtml(doc);
  const open = html.find((n) => START_MARKER.test(n.value));
  const close = html.find((n) => END_MARKER.test(n.value) && startOf(n) > (open ? startOf(open) : Infinity));
  return open && close ? { start: endOf(open), end: startOf(close) } : undefined;
}

/**
 * A placeholder between two HTML comments with nothing but blank lines between them (kube-green's
 * `<!-- ADOPTERS BELOW THIS POINT -->` … `ABOVE`): the list is rendered into it from a data file at build time.
 */
function generatedRegion(doc: AdoptersDocument): boolean {
  const html = topLevelHtml(doc).filter((n) => /^<!--/.test(n.value));
  if (html.some((n) => GENERATED.test(n.value))) return true;
  for (let i = 1; i < html.length; i++) {
    const between = doc.source.slice(endOf(html[i - 1]!), startOf(html[i]!));
    if (!between.trim()) return true;
  }
  return false;
}

function proseText(doc: AdoptersDocument): string {
  return doc.tree.children
    .filter((n) => n.type !== 'code' && startOf(n) >= doc.bodyStart)
    .map((n) => doc.source.slice(startOf(n), endOf(n)))
    .join('\n');
}

/** Where a list goes in a file that has none: after the title and its introduction, before the next heading. */
function afterIntroduction(doc: AdoptersDocument): { offset: number; section: string | null } {
  const root = buildSections(doc);
  const title = root.subsections[0];
  if (!title) return { offset: doc.source.length, section: null };
  const last = title.blocks[title.blocks.length - 1];
  return { offset: last ? endOf(last) : endOf(title.heading!), section: title.title };
}

export function selectPlacement(
  doc: AdoptersDocument,
  containers: Container[],
  options: { section?: string },
): Placement {
  const markers = markerRange(doc);
  const candidates = markers ? containers.filter((c) => c.start >= markers.start && c.end <= markers.end) : containers;
  if (!candidates.length) {
    if (markers) return { kind: 'new-list', offset: markers.start, section: null };
    if (MOVED.test(proseText(doc)))
      return {
        kind: 'refuse',
        code: 'moved',
        reason: 'this file says the adopters list has moved elsewhere; add the adopter there',
      };
    if (generatedRegion(doc))
      return {
        kind: 'refuse',
        code: 'generated',
        reason:
          'the adopters list in this file is generated from a data file (the region between its HTML comment markers is empty in the repository); add the adopter to that data file',
      };
    return { kind: 'new-list', ...afterIntroduction(doc) };
  }
  const largest = candidates.reduce((a, b) => (b.entries.length > a.entries.length ? b : a));
  if (options.section && hasSections(candidates)) return bySection(candidates, options.section);
  const group = defaultGroup(largest);
  const note = options.section
    ? `this file has no sections, so the section "${options.section}" was not used`
    : group
      ? `no section was given, so the entry went into the most common type, "${group}"`
      : undefined;
  return { kind: 'container', container: largest, group, note };
}

/** Lists under two or more headings, or a table grouped by a Type column: a section choice means something. */
function hasSections(candidates: Container[]): boolean {
  const titles = new Set(candidates.map((c) => c.section).filter(Boolean));
  return titles.size > 1 || candidates.some((c) => c.entries.some((e) => e.group));
}

/** A table grouped by a Type column takes new rows in its most common group unless told otherwise. */
function defaultGroup(container: Container): string | undefined {
  if (!container.columns || container.columns.group < 0) return undefined;
  const counts = new Map<string, number>();
  for (const e of container.entries) if (e.group) counts.set(e.group, (counts.get(e.group) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function bySection(candidates: Container[], section: string): Placement {
  for (const level of ['exact', 'partial'] as const) {
    const headed = candidates.filter((c) => c.section !== null && sectionMatches(section, c.section) === level);
    if (headed.length)
      return { kind: 'container', container: headed.reduce((a, b) => (b.entries.length > a.entries.length ? b : a)) };
    for (const c of candidates) {
      const group = c.entries.find((e) => e.group && sectionMatches(section, e.group) === level)?.group;
      if (group) return { kind: 'container', container: c, group };
    }
  }
  const known = [
    ...new Set([
      ...candidates.map((c) => c.section).filter((s): s is string => Boolean(s)),
      ...candidates.flatMap((c) => c.entries.map((e) => e.group).filter((g): g is string => Boolean(g))),
    ]),
  ];
  return {
    kind: 'refuse',
    code: 'no-section',
    reason: `no section "${section}" in this file${known.length ? `; sections: ${known.map((k) => `"${k}"`).join(', ')}` : ''}`,
  };
}
