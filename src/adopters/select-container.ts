import type { Html } from 'mdast';
import { type AdoptersDocument, endOf, startOf } from './document.js';
import { realEntries } from './carried-fields.js';
import { findEmptyTables } from './empty-tables.js';
import type { Container, ContainerDoubt, Entry, TableLayout } from './model.js';
import { afterIntroduction, waitingSection } from './new-list-place.js';
import { sectionMatches } from './sections.js';

export type Placement =
  | { kind: 'container'; container: Container; group?: string; note?: string; runnerUp?: Container }
  /** No list yet: a new default list goes at `offset` (after a title, or between our markers). */
  | { kind: 'new-list'; offset: number; section: string | null }
  /** A table with a header and no rows: the first row goes under its delimiter row. */
  | { kind: 'empty-table'; table: TableLayout }
  | { kind: 'refuse'; code: 'moved' | 'generated' | 'no-section' | 'no-container'; reason: string };

const START_MARKER = /<!--\s*adopters:start\s*-->/i;
const END_MARKER = /<!--\s*adopters:end\s*-->/i;
const MOVED =
  /\b(?:has|have|was|were)\s+(?:been\s+)?moved\b|\bmoved\s+to\b|\bnow\s+(?:lives|maintained|hosted|kept)\b|\bcan\s+now\s+be\s+found\b/i;
const GENERATED = /\b(?:auto-?generated|generated\s+(?:by|from|with|automatically)|do\s+not\s+edit|don't\s+edit)\b/i;

const DOUBT_WORDS: Record<ContainerDoubt, string> = {
  quoted: 'sits in a quote',
  example: 'shows how to write an entry',
  instructions: 'sits under a heading about adding entries',
  introduced: 'follows words that introduce an example',
  contents: 'links to places in the page',
  'catch-all': 'hangs under a catch-all entry',
  prose: 'does not start its items with names',
};

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

/** A region between two HTML comments with nothing but blank lines between them: filled at build time. */
function generatedRegion(doc: AdoptersDocument): boolean {
  const html = topLevelHtml(doc).filter((n) => /^<!--/.test(n.value));
  if (html.some((n) => GENERATED.test(n.value))) return true;
  for (let i = 1; i < html.length; i++) {
    if (!doc.source.slice(endOf(html[i - 1]!), startOf(html[i]!)).trim()) return true;
  }
  return false;
}

function proseText(doc: AdoptersDocument): string {
  return doc.tree.children
    .filter((n) => n.type !== 'code' && startOf(n) >= doc.bodyStart)
    .map((n) => doc.source.slice(startOf(n), endOf(n)))
    .join('\n');
}

/** Five or more real entries, nearly all of them names: more than an example shows. */
function readsAsTheList(container: Container): boolean {
  const real = realEntries(container);
  return real.length >= 5 && real.filter((e) => e.nameLike).length * 5 >= real.length * 4;
}

/** The adopters a container lists: not its templates, not its catch-alls. */

const bySize = (a: Container, b: Container) => realEntries(b).length - realEntries(a).length || a.start - b.start;

/**
 * Does a container's group column split it into runs (all `production` rows, then all `testing` rows)?
 * Rows are compared by their group cell as written, which is what a reader sees (a badge's picture, even
 * when its alt text says otherwise).
 */
export function isGroupedByColumn(container: Container): boolean {
  if (!container.table || container.table.columns.group < 0) return false;
  const rows = realEntries(container);
  const rowsOf = new Map<string, number>();
  const runsOf = new Map<string, number>();
  let previous: string | undefined;
  for (const e of rows) {
    const g = e.groupKey ?? '';
    rowsOf.set(g, (rowsOf.get(g) ?? 0) + 1);
    if (g !== previous) runsOf.set(g, (runsOf.get(g) ?? 0) + 1);
    previous = g;
  }
  const runs = [...runsOf.values()].reduce((a, b) => a + b, 0);
  // A value whose every row stands alone among other values is a per-row attribute (a Workload column
  // saying "proof-of-concept" here and there), not a group the rows are kept in.
  const scattered = [...rowsOf].some(([g, n]) => n >= 2 && runsOf.get(g) === n);
  // A row or two written differently inside a run (a badge with another URL) does not undo the grouping.
  return rowsOf.size >= 2 && !scattered && runs - rowsOf.size <= Math.max(1, Math.floor(rows.length / 10));
}

/** The rows of the group a section names: those whose cell is written like most rows that read as it. */
export function groupMembers(container: Container, group: string): Entry[] {
  const key = group.toLowerCase();
  const reading = container.entries.filter((e) => (e.group ?? '').toLowerCase() === key);
  const counts = new Map<string, number>();
  for (const e of reading) counts.set(e.groupKey ?? '', (counts.get(e.groupKey ?? '') ?? 0) + 1);
  const written = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return written === undefined ? [] : container.entries.filter((e) => (e.groupKey ?? '') === written);
}

/** The container a new entry goes into: the largest confident run of entries, or the section asked for. */
export function selectPlacement(
  doc: AdoptersDocument,
  containers: Container[],
  options: { section?: string; /** Whether the new entry brings a logo. */ logo?: boolean },
): Placement {
  const markers = markerRange(doc);
  const inside = markers ? containers.filter((c) => c.start >= markers.start && c.end <= markers.end) : containers;
  const listed = inside.filter((c) => realEntries(c).length > 0);
  // An entry without a logo belongs in a wall of logos only when no other list reads surely as the adopters.
  const withoutWalls = options.logo === false ? listed.filter((c) => c.kind !== 'logos') : listed;
  const candidates = withoutWalls.some((c) => !c.doubts.length) ? withoutWalls : listed;
  const emptyTable = () =>
    findEmptyTables(doc).find((t) => !markers || (t.headStart >= markers.start && t.headStart < markers.end));
  if (!candidates.length) {
    const empty = emptyTable();
    if (empty) return { kind: 'empty-table', table: empty };
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
    return { kind: 'new-list', ...(waitingSection(doc, options.section) ?? afterIntroduction(doc)) };
  }
  let confident = candidates.filter((c) => !c.doubts.length).sort(bySize);
  let taken: string | undefined;
  if (!confident.length) {
    // Only a sentence like "… as follows:" stands against a run of three or more real entries: with no
    // surer run in the file, it is the list that sentence introduces.
    confident = candidates
      .filter((c) => c.doubts.every((d) => d === 'introduced') && realEntries(c).length >= 3)
      .sort(bySize);
    if (confident.length)
      taken = `the list at line ${confident[0]!.entries[0]!.startLine} follows words that could introduce an example; it was taken as the adopters list, as no other run reads surer`;
  }
  if (!confident.length) {
    // A heading about adding entries over a long run of names (a table of fifteen adopters under "Adding
    // yourself", its template rows last) heads the list itself: an example is a line or two.
    confident = candidates
      .filter((c) => c.doubts.every((d) => d === 'instructions' || d === 'introduced') && readsAsTheList(c))
      .sort(bySize);
    if (confident.length)
      taken = `the list at line ${confident[0]!.entries[0]!.startLine} sits under a heading about adding entries; it was taken as the adopters list, as it names ${realEntries(confident[0]!).length} adopters and no other run reads surer`;
  }
  if (!confident.length) {
    // A table with a header and no rows yet is surer than a doubtful run (a list of instructions).
    const empty = emptyTable();
    if (empty) return { kind: 'empty-table', table: empty };
    // So is a heading over the adopters that waits for its first entry.
    const waiting = markers ? undefined : waitingSection(doc, options.section);
    if (waiting) return { kind: 'new-list', ...waiting };
    const best = [...candidates].sort(bySize)[0]!;
    return {
      kind: 'refuse',
      code: 'no-container',
      reason: `no list in this file reads confidently as the adopters list (the largest, at line ${best.entries[0]!.startLine}, ${best.doubts.map((d) => DOUBT_WORDS[d]).join(' and ')}); add the entry by hand or mark the list with <!-- adopters:start --> and <!-- adopters:end -->`,
    };
  }
  const [largest, runnerUp] = confident;
  if (options.section && hasSections(confident)) return bySection(confident, options.section);
  const group = defaultGroup(largest!);
  const notes = [taken, groupNote(largest!, group, options.section)].filter(Boolean);
  const note = notes.length ? notes.join('; ') : undefined;
  return { kind: 'container', container: largest!, group, note, runnerUp };
}

/** What a maintainer should know of the group the entry went into, or of the section that was not used. */
function groupNote(container: Container, group: string | undefined, section: string | undefined): string | undefined {
  if (section) return `this file has no sections, so the section "${section}" was not used`;
  if (!group) return undefined;
  if (isGroupedByColumn(container)) return `no section was given, so the entry went into the last group, "${group}"`;
  const header = container.table!.columns.headers[container.table!.columns.group] ?? '';
  return `no section was given, so the "${header}" cell says "${group}", as most rows do; a maintainer can change it`;
}

/** Lists under two or more headings, or a table grouped by a Type column: a section choice means something. */
function hasSections(candidates: Container[]): boolean {
  const titles = new Set(candidates.map((c) => c.section).filter(Boolean));
  return (
    titles.size > 1 || candidates.some((c) => c.table && c.table.columns.group >= 0 && c.entries.some((e) => e.group))
  );
}

/**
 * A table grouped by a column takes a new row in the group of its last row unless told otherwise: the
 * end of the table, where an entry without a group would go anyway. Where the column's values are not
 * kept together (a Type or Workload said of each row), the cell says what most rows say, and the note
 * tells the maintainer so: an empty cell would break the row's shape.
 */
function defaultGroup(container: Container): string | undefined {
  if (!container.table || container.table.columns.group < 0) return undefined;
  const rows = realEntries(container).filter((e) => e.group);
  if (isGroupedByColumn(container)) return rows[rows.length - 1]?.group;
  const counts = new Map<string, number>();
  for (const e of rows) counts.set(e.group!, (counts.get(e.group!) ?? 0) + 1);
  // Ties go to the later value: the end of the table, where the row goes.
  return [...counts].reduce<[string, number] | undefined>(
    (best, c) => (!best || c[1] >= best[1] ? c : best),
    undefined,
  )?.[0];
}

function bySection(candidates: Container[], section: string): Placement {
  for (const level of ['exact', 'partial'] as const) {
    const headed = candidates.filter(
      (c) =>
        (c.section !== null && sectionMatches(section, c.section) === level) ||
        (level === 'exact' && c.headings.some((h) => sectionMatches(section, h) === 'exact')),
    );
    if (headed.length) return { kind: 'container', container: [...headed].sort(bySize)[0]! };
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
