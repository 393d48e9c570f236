import type { PhrasingContent, Table, TableCell, TableRow } from 'mdast';
import { displayText, isGenericLinkText, isUrlText } from '../inline.js';
import type { TableColumns } from '../model.js';

/**
 * Which column holds what. The header's words are a hint; the cells decide: names are the distinct,
 * short (often linked) values, a website column holds bare links, a group column repeats a few values
 * (a Type, a status badge), a description column holds the longest text.
 */
const NAME_HEADER = /\b(?:organi[sz]ations?|compan(?:y|ies)|adopters?|users?|customers?|members?|name|who)\b/i;
const URL_HEADER = /\b(?:website|web ?site|url|home ?page|site|links?)\b/i;
const DESCRIPTION_HEADER =
  /\b(?:description|use[- ]?cases?|usage|how\b.*\bus(?:e[sd]?|ing)|success stor(?:y|ies)|stor(?:y|ies)|details|about|comments?|notes?|purpose)\b|^\s*uses?\s*$/i;
/** A column about something else the submission does not give (DESIGN: "Since, Status, Product"): left empty. */
const OTHER_VALUE_HEADER = /\b(?:products?|projects?|versions?|since|dates?|years?)\b/i;
const CONTACT_HEADER = /\b(?:contacts?|github|maintainers?|handles?|e-?mail)\b/i;
const LOGO_HEADER = /\blogos?\b/i;
const GROUP_HEADER = /^\s*(?:adopter\s+)?(?:type|category|kind|segment|classification|status|stage|level)s?\s*$/i;

const LETTER = /\p{L}/u;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

interface ColumnStats {
  /** Cells that start with a linked name. */
  linkedName: number;
  /** Cells that are only a link to a site (`[link](…)`, a bare URL). */
  siteLink: number;
  images: number;
  handles: number;
  /** Cells that hold an e-mail address, written out or as a `mailto:` link. */
  emails: number;
  /** Cells that hold nothing but links (`[English](…)`, `[Blog](…), [Talk](…)`): pointers, not prose. */
  linksOnly: number;
  /** Cells of three or more words and no link: prose written out. */
  plainProse: number;
  /** Distinct link destinations in the column: a group's cells link to one place, if anywhere. */
  destinations: number;
  filled: number;
  distinct: number;
  averageLength: number;
}

export function cellText(cell: TableCell | undefined): string {
  if (!cell) return '';
  const text = displayText(cell);
  // Most cells need no squashing: testing is cheaper than rebuilding every string.
  return /\s\s|[^\S ]/.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}

/** A cell's nodes without the blank text between them. */
const meaningful = (cell: TableCell) => cell.children.filter((n) => !(n.type === 'text' && !n.value.trim()));

/** `kids` are the cell's meaningful nodes, `text` its cell text. */
function isSiteLinkCell(kids: PhrasingContent[], text: string): boolean {
  if (kids.length !== 1) return /^(?:https?:\/\/|www\.)\S+$/.test(text);
  const only = kids[0]!;
  if (only.type !== 'link') return false;
  const shown = displayText(only).trim();
  return shown === only.url || isGenericLinkText(shown) || isUrlText(shown, only.url);
}

/** The node inside any emphasis around it. */
function unwrapped(first: PhrasingContent | undefined): PhrasingContent | undefined {
  let node = first;
  while (node && (node.type === 'strong' || node.type === 'emphasis')) node = node.children[0];
  return node;
}

/** `[Acme](https://acme.com)` in the row of `Acme`: the organization's site, written with its name. */
function namesItsRow(kids: PhrasingContent[], column: number, rowTexts: string[]): boolean {
  if (kids.length !== 1 || kids[0]!.type !== 'link') return false;
  const text = displayText(kids[0]).trim().toLowerCase();
  return (
    Boolean(text) &&
    rowTexts.some((other, i) => i !== column && other.length === text.length && other.toLowerCase() === text)
  );
}

/** The statistics of one column over `rows`; `texts` holds their cell texts (read once for all columns). */
function statsOf(rows: TableRow[], column: number, texts: string[][]): ColumnStats {
  const cells = rows.map((r) => r.children[column]);
  const filled = texts.map((row) => row[column] ?? '').filter(Boolean);
  let linkedName = 0;
  let siteLink = 0;
  let images = 0;
  let handles = 0;
  let emails = 0;
  let linksOnly = 0;
  let plainProse = 0;
  const destinations = new Set<string>();
  for (const [r, cell] of cells.entries()) {
    if (!cell) continue;
    const nodes = meaningful(cell);
    const kids = nodes.filter((n) => !(n.type === 'text' && /^[\s,;|/&·-]*$/.test(n.value)));
    if (kids.length && kids.every((n) => n.type === 'link')) linksOnly++;
    else if (!nodes.some((n) => n.type === 'link') && /\S\s+\S+\s+\S/.test(texts[r]![column] ?? '')) plainProse++;
    for (const n of nodes) if (n.type === 'link') destinations.add(n.url);
    const first = unwrapped(nodes[0]);
    if (isSiteLinkCell(nodes, texts[r]![column] ?? '') || namesItsRow(nodes, column, texts[r]!)) siteLink++;
    // `[#4658](…/pull/4658)` points at a change, it names nobody: a name has a letter.
    else if ((first?.type === 'link' || first?.type === 'linkReference') && LETTER.test(displayText(first)))
      linkedName++;
    if (cell.children.some((n) => n.type === 'image' || (n.type === 'html' && /^<img\b/i.test(n.value)))) images++;
    // A contact is a handle (`@octocat`, `[@octocat](https://github.com/octocat)`), not a link to a repository.
    if (/(^|\s)@[\w-]+/.test(texts[r]![column] ?? '')) handles++;
    if (EMAIL.test(texts[r]![column] ?? '') || nodes.some((n) => n.type === 'link' && /^mailto:/i.test(n.url)))
      emails++;
  }
  return {
    linkedName,
    siteLink,
    images,
    handles,
    emails,
    linksOnly,
    plainProse,
    destinations: destinations.size,
    filled: filled.length,
    distinct: new Set(filled.map((t) => t.toLowerCase())).size,
    averageLength: filled.length ? filled.reduce((n, t) => n + t.length, 0) / filled.length : 0,
  };
}

/** A few short values, each used by several rows: a Type or a status, not a name. */
function looksLikeGroup(s: ColumnStats, rows: number): boolean {
  return (
    rows >= 4 &&
    !linksElsewhere(s) &&
    s.filled >= rows * 0.8 &&
    s.distinct >= 1 &&
    s.distinct <= Math.max(2, rows / 4) &&
    s.averageLength <= 30
  );
}

/** Cells that read alike (`[English](…)`) but link each row somewhere of its own: per-row content. */
function linksElsewhere(s: ColumnStats): boolean {
  return s.destinations > Math.max(1, s.distinct);
}

// A table is read by every reader that meets it (containers, empty tables, glossaries): its columns once.
const readings = new WeakMap<Table, TableColumns>();

export function readColumns(table: Table): TableColumns {
  let columns = readings.get(table);
  if (!columns) readings.set(table, (columns = columnsOf(table)));
  return columns;
}

/**
 * Reads a piece of a table (a few rows around a new one, parsed again) with the columns the whole table
 * showed: a sample of four rows may say less (descriptions of two words are not yet a description column).
 */
export function readAsColumns(piece: Table, columns: TableColumns): void {
  if ((piece.children[0]?.children.length ?? 0) === columns.count) readings.set(piece, columns);
}

/**
 * How many rows the column statistics read. Shares and counts of distinct values settle long before
 * this; a longer table is read at evenly spaced rows, so its start, middle and end all count.
 */
const ROWS_SAMPLED = 1000;

function sampleOf<T>(rows: T[]): T[] {
  if (rows.length <= ROWS_SAMPLED) return rows;
  return Array.from({ length: ROWS_SAMPLED }, (_, i) => rows[Math.floor((i * rows.length) / ROWS_SAMPLED)]!);
}

function columnsOf(table: Table): TableColumns {
  const headers = (table.children[0]?.children ?? []).map((c) => cellText(c));
  const count = headers.length;
  const sample = sampleOf(table.children.slice(1));
  const rows = sample.length;
  const texts = sample.map((row) => row.children.map((c) => cellText(c)));
  const stats = headers.map((_h, i) => statsOf(sample, i, texts));
  const taken = new Set<number>();
  const pick = (score: (i: number) => number): number => {
    let best = -1;
    let bestScore = 0;
    for (let i = 0; i < count; i++) {
      if (taken.has(i)) continue;
      const s = score(i);
      if (s > bestScore) [best, bestScore] = [i, s];
    }
    if (best >= 0) taken.add(best);
    return best;
  };
  const header = (re: RegExp, i: number) => (re.test(headers[i] ?? '') ? 1 : 0);
  const group = pick((i) =>
    // A group repeats: a column where every row says something else names, it does not group.
    header(GROUP_HEADER, i) &&
    !linksElsewhere(stats[i]!) &&
    stats[i]!.distinct <= Math.max(4, rows / 2) &&
    stats[i]!.distinct < Math.max(2, stats[i]!.filled)
      ? 3
      : looksLikeGroup(stats[i]!, rows) && !header(NAME_HEADER, i)
        ? 1
        : 0,
  );
  const named = headers.filter((_h, i) => header(NAME_HEADER, i) && !header(URL_HEADER, i)).length;
  let name = pick((i) => {
    const s = stats[i]!;
    const distinctShare = s.filled ? s.distinct / s.filled : 0;
    // `| Organization |` over `[acme.io](https://acme.io)`: the one column headed as the name holds names,
    // even where a name is its own domain. Elsewhere a column of site links is a website column.
    const headedName = named === 1 && header(NAME_HEADER, i) && !header(URL_HEADER, i);
    if ((s.siteLink > s.filled / 2 && !headedName) || s.averageLength > 80) return 0;
    // `| Details |` beside a column of linked sites says what each site is; the site names the row.
    if (header(DESCRIPTION_HEADER, i) && !header(NAME_HEADER, i)) return 0;
    return (
      header(NAME_HEADER, i) * 4 + (s.linkedName / Math.max(1, rows)) * 3 + distinctShare + (i === 0 ? 0.5 : 0) + 0.01
    );
  });
  // No other column names the rows (`| Website | Details |`): the linked sites do, each by its link text.
  const bySite = name < 0 ? pick((i) => (stats[i]!.siteLink * 2 > Math.max(1, stats[i]!.filled) ? 1 : 0)) : -1;
  if (bySite >= 0) name = bySite;
  const nameLinked = name >= 0 && (bySite >= 0 || stats[name]!.linkedName * 2 > stats[name]!.filled);
  // `| Contact/Link |` over site addresses, or over links to pages (`[Acme Group](…)`) with no handle or
  // e-mail address among them, is the website column: its cells decide between its two words.
  const sitesUnder = (i: number) => {
    const s = stats[i]!;
    const half = Math.max(1, s.filled) / 2;
    return header(URL_HEADER, i) === 1 && (s.siteLink > half || s.linksOnly > half) && !s.handles && !s.emails;
  };
  const contact = pick((i) =>
    sitesUnder(i) ? 0 : header(CONTACT_HEADER, i) * 2 + (stats[i]!.handles * 2 > Math.max(1, stats[i]!.filled) ? 1 : 0),
  );
  const logo = pick(
    (i) => header(LOGO_HEADER, i) * 2 + (stats[i]!.images * 2 > Math.max(1, stats[i]!.filled) && i !== group ? 0.5 : 0),
  );
  // When the name carries the link, another column of links is about something else (a story, a case study).
  const url = nameLinked
    ? -1
    : pick((i) => header(URL_HEADER, i) * 2 + (stats[i]!.siteLink * 2 > Math.max(1, stats[i]!.filled) ? 1.5 : 0));
  const description = pick((i) => {
    const s = stats[i]!;
    // A column of links (a site, a story, a talk) points elsewhere: a description is prose. Where some rows
    // write their use out and others link the words (`[Signs its images](…)`), the column is prose.
    const pointers = s.linksOnly * 2 > Math.max(1, s.filled) && !s.plainProse;
    if (s.siteLink * 2 > Math.max(1, s.filled) || pointers) return 0;
    if (!header(DESCRIPTION_HEADER, i) && header(OTHER_VALUE_HEADER, i)) return 0;
    return header(DESCRIPTION_HEADER, i) * 3 + (s.averageLength >= 20 ? 1 + s.averageLength / 1000 : 0);
  });
  return { name: Math.max(name, 0), url, description, contact, logo, group, count, headers };
}
