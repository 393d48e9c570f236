import { adoptersParts } from './adopters-part.js';
import { NAMES_ADOPTERS } from './adopter-words.js';
import { headedForTheEntry } from './heading-preference.js';
import { type AdoptersDocument, endOf, startOf, topLevelHtml } from './document.js';
import { insideGeneratedRegion } from './generated-region.js';
import { realEntries } from './carried-fields.js';
import { findEmptyTables } from './empty-tables.js';
import type { Container, ContainerDoubt, TableLayout } from './model.js';
import { afterIntroduction, emptySectionNamed, waitingSection } from './new-list-place.js';
import { defaultGroup, groupNote } from './default-group.js';
import { exampleList } from './example-entry.js';
import { sectionMatches } from './sections.js';
import { bySiteKind } from './site-kinds.js';
import { conflictMarkerLine, conflictReason } from './merge-conflict.js';
import { type Refusal, unlistedRefusal } from './unlisted-file.js';

export type Placement =
  | { kind: 'container'; container: Container; group?: string; note?: string; runnerUp?: Container }
  /** No list yet: a new default list goes at `offset` (after a title, or between our markers). */
  /** `like`: the file's list whose shape a new section's first entry copies. */
  | { kind: 'new-list'; offset: number; section: string | null; like?: Container }
  /** A table with a header and no rows: the first row goes under its delimiter row. */
  | { kind: 'empty-table'; table: TableLayout }
  | ({ kind: 'refuse' } & Refusal);

const START_MARKER = /<!--\s*adopters:start\s*-->/i;
const END_MARKER = /<!--\s*adopters:end\s*-->/i;

const DOUBT_WORDS: Record<ContainerDoubt, string> = {
  quoted: 'sits in a quote',
  example: 'shows how to write an entry',
  instructions: 'sits under a heading about adding entries',
  introduced: 'follows words that introduce an example',
  contents: 'links to places in the page',
  'catch-all': 'hangs under a catch-all entry',
  prose: 'does not start its items with names',
};

/** Our marker pair bounds the list when present: `<!-- adopters:start -->` … `<!-- adopters:end -->`. */
function markerRange(doc: AdoptersDocument): { start: number; end: number } | undefined {
  const html = topLevelHtml(doc);
  const open = html.find((n) => START_MARKER.test(n.value));
  const close = html.find((n) => END_MARKER.test(n.value) && startOf(n) > (open ? startOf(open) : Infinity));
  return open && close ? { start: endOf(open), end: startOf(close) } : undefined;
}

/** Five or more real entries, nearly all of them names: more than an example shows. */
function readsAsTheList(container: Container): boolean {
  const real = realEntries(container);
  return real.length >= 5 && real.filter((e) => e.nameLike).length * 5 >= real.length * 4;
}

// Two lists of one size: the one naming more adopters (not sentences among the names) comes first.
const named = (c: Container) => realEntries(c).filter((e) => e.nameLike).length;
const bySize = (a: Container, b: Container) =>
  realEntries(b).length - realEntries(a).length || named(b) - named(a) || a.start - b.start;

/**
 * The one list that holds nothing but its example (`1. [Example Organization](https://example.com) – …`
 * under "the following organizations"): the first adopter joins it, the example standing for an entry
 * whose places take the new values.
 */
function waitingList(containers: Container[]): Container | undefined {
  const waiting = containers.filter(
    (c) =>
      c.kind === 'list' &&
      c.doubts.every((d) => d === 'example') &&
      c.entries.every((e) => e.placeholder && e.wellFormed && e.copyable),
  );
  if (waiting.length !== 1) return undefined;
  const [list] = waiting as [Container];
  return { ...list, doubts: [], entries: list.entries.map((e) => ({ ...e, placeholder: false })) };
}

/** The container a new entry goes into: the largest confident run of entries, or the section asked for. */
export function selectPlacement(
  doc: AdoptersDocument,
  containers: Container[],
  options: {
    section?: string;
    /** Whether the new entry brings a logo. */
    logo?: boolean;
    /** The new entry's description: it may name the group ("in production"). */
    description?: string;
    /** The new entry's website: a repository or an organization's site, as the sections' links may be. */
    url?: string;
  },
): Placement {
  const conflict = conflictMarkerLine(doc);
  if (conflict) return { kind: 'refuse', code: 'no-container', reason: conflictReason(conflict) };
  const markers = markerRange(doc);
  // Our markers bound the list; in a document about something else, so does its part about adopters.
  const parts = markers ? undefined : adoptersParts(doc);
  const bounds = markers ? [markers] : parts;
  const inside = bounds
    ? containers.filter((c) => bounds.some((b) => c.start >= b.start && c.end <= b.end))
    : containers;
  const listed = inside.filter((c) => realEntries(c).length > 0);
  // An entry without a logo belongs in a wall of logos only when no other list reads surely as the adopters.
  const withoutWalls = options.logo === false ? listed.filter((c) => c.kind !== 'logos') : listed;
  const candidates = withoutWalls.some((c) => !c.doubts.length) ? withoutWalls : listed;
  const emptyTable = () =>
    findEmptyTables(doc).find((t) => !bounds || bounds.some((b) => t.headStart >= b.start && t.headStart < b.end));
  if (!candidates.length) {
    const empty = emptyTable();
    if (empty) return { kind: 'empty-table', table: empty };
    const waiting = waitingList(inside);
    if (waiting)
      return {
        kind: 'container',
        container: waiting,
        note: 'the list held only its example entry; the new entry joins it in that shape, and a maintainer may remove the example',
      };
    if (markers) return { kind: 'new-list', offset: markers.start, section: null };
    const unlisted = unlistedRefusal(doc);
    if (unlisted) return { kind: 'refuse', ...unlisted };
    // The document's part about its adopters has none listed yet: the first goes at its end.
    if (parts) return { kind: 'new-list', offset: parts[0]!.end, section: parts[0]!.title };
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
  if (!confident.length && parts) {
    // A long run of names quoted as a whole (`>1. Acme`) in the document's part about its users is that
    // part's list: a quote there sets the list apart rather than citing someone else's.
    confident = candidates.filter((c) => c.doubts.every((d) => d === 'quoted') && readsAsTheList(c)).sort(bySize);
    if (confident.length)
      taken = `the list at line ${confident[0]!.entries[0]!.startLine} sits in a quote; it was taken as the adopters list, as it is the run of names in the part about its users`;
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
  const introduced = listIntroducedAsAdopters(confident) ?? headedForTheEntry(confident);
  if (introduced) confident = [introduced, ...confident.filter((c) => c !== introduced)];
  // The file's own example of an entry (a template in a code block) shows what its list looks like: a run
  // of that kind is the adopters', even where a longer run of another kind reads as names (a page's aims).
  const shown = exampleList(doc)?.container.kind;
  const matching = shown && confident[0]!.kind !== shown ? confident.find((c) => c.kind === shown) : undefined;
  if (matching) confident = [matching, ...confident.filter((c) => c !== matching)];
  const kinds = options.section || !hasSections(confident) ? undefined : bySiteKind(confident, options.url);
  if (kinds) confident = kinds.containers;
  const [largest, runnerUp] = confident;
  // The section asked for is a heading with no entries yet: its first entry starts a list there.
  const named = options.section;
  const holdsIt = (c: Container) => c.section !== null && sectionMatches(named!, c.section) === 'exact';
  const empty = named && !confident.some(holdsIt) ? emptySectionNamed(doc, named) : undefined;
  if (empty) return { kind: 'new-list', ...empty, like: largest };
  if (options.section && hasSections(confident)) return bySection(confident, options.section);
  const ambiguous = ambiguousTie(confident);
  if (ambiguous) return { kind: 'refuse', code: 'no-container', reason: ambiguous };
  if (insideGeneratedRegion(doc, largest!))
    return {
      kind: 'refuse',
      code: 'generated',
      reason:
        'the adopters list in this file sits in a region a script writes (its comment says it is generated); add the adopter to the data the script reads',
    };
  const chosen = defaultGroup(largest!, options.description);
  const notes = [taken, kinds?.note, groupNote(largest!, chosen, options.section)].filter(Boolean);
  const note = notes.length ? notes.join('; ') : undefined;
  return { kind: 'container', container: largest!, group: chosen?.group, note, runnerUp };
}

/**
 * "The following projects use it:" over the largest list, "the following companies use it:" over another
 * in the same section: an organization goes to the list its introduction names for adopters.
 */
function listIntroducedAsAdopters(confident: Container[]): Container | undefined {
  const [largest] = confident;
  const introNames = (c: Container) => c.intro !== undefined && NAMES_ADOPTERS.test(c.intro);
  if (!largest || largest.intro === undefined || introNames(largest)) return undefined;
  return confident.find((c) => c.section === largest.section && introNames(c) && realEntries(c).length >= 2);
}

/**
 * Many small runs of one size and none larger (a story's two talk links under each of twenty names): no
 * run stands out as the list, so the choice is the maintainer's. A few sections of one size still go by
 * the file's order, as the largest-first default says.
 */
function ambiguousTie(confident: Container[]): string | undefined {
  const size = realEntries(confident[0]!).length;
  const tied = confident.filter((c) => realEntries(c).length === size);
  if (size > 2 || tied.length < 4) return undefined;
  return `${tied.length} lists of ${size} entr${size === 1 ? 'y' : 'ies'} each and none larger (the first at line ${confident[0]!.entries[0]!.startLine}): none reads as the adopters list; give --section or mark the list with <!-- adopters:start --> and <!-- adopters:end -->`;
}

/** Lists under two or more headings, or a table grouped by a Type column: a section choice means something. */
function hasSections(candidates: Container[]): boolean {
  const titles = new Set(candidates.map((c) => c.section).filter(Boolean));
  return (
    titles.size > 1 || candidates.some((c) => c.table && c.table.columns.group >= 0 && c.entries.some((e) => e.group))
  );
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
