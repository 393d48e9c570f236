import type { AdoptersDocument } from './document.js';
import type { ContainerKind, Entry, Range } from './model.js';
import { cellRanges } from './read/table-reader.js';

/*
 * Entries that carry the date they were listed (`[Acme](…), 2018-08-11`, a "Since" cell) show the file's
 * order by those dates when the file says nothing: newest first, or oldest first (the order added).
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const YEAR = '((?:19|20)\\d\\d)';
/** `2018-08-11`, `2018/8`, `2018.08.11`: year first, so day and month never swap. */
const NUMERIC = new RegExp(`(?<![\\d.])${YEAR}[-/.](0?[1-9]|1[0-2])(?:[-/.](0?[1-9]|[12]\\d|3[01]))?(?![\\d])`);
/** `August 11, 2018`, `11 Aug 2018`, `Aug 2018`. */
const WORDED = new RegExp(
  `\\b(?:(\\d{1,2})\\s+)?(${MONTHS.join('|')})[a-z]*\\.?\\s+(?:(\\d{1,2}),?\\s+)?${YEAR}\\b`,
  'i',
);
const ANY_YEAR = /(?:19|20)\d\d/;
/** A cell or tail that is a year and nothing else (`2014`, `Since 2014`). */
const YEAR_ONLY = new RegExp(`^\\s*(?:since\\s+|\\(\\s*)?${YEAR}\\s*\\)?\\s*$`, 'i');

/** The date a text gives, as a sortable number (yyyymmdd, unknown parts 0); undefined when it gives none. */
export function readDate(text: string): number | undefined {
  // Every form below holds a year: most texts are let go at once.
  if (!ANY_YEAR.test(text)) return undefined;
  const numeric = NUMERIC.exec(text);
  if (numeric) return Number(numeric[1]) * 10000 + Number(numeric[2]) * 100 + Number(numeric[3] ?? 0);
  const worded = WORDED.exec(text);
  if (worded) {
    const month = MONTHS.indexOf(worded[2]!.slice(0, 3).toLowerCase()) + 1;
    return Number(worded[4]) * 10000 + month * 100 + Number(worded[1] ?? worded[3] ?? 0);
  }
  const year = YEAR_ONLY.exec(text);
  return year ? Number(year[1]) * 10000 : undefined;
}

/** Web addresses, whose paths hold dates of their own (`/2019/01/25/post`). */
const ADDRESSES = /\]\([^)]*\)|<[^>]*>|\b[a-z][a-z\d+.-]*:\/\/\S+/gi;

/**
 * The date an entry carries beside its name: in a field of its own (`, 2018-08-11`, a "Since" cell, a
 * `Launched: May 2014` line under a heading) or in the words after the name (`(NYSE: WUBA), 2017-07-28`).
 */
export function entryDate(doc: AdoptersDocument, entry: Entry, kind: ContainerKind): number | undefined {
  // An entry with no year anywhere in it is let go before it is cut up (every row of a long table is).
  if (!ANY_YEAR.test(doc.source.slice(entry.start, entry.end))) return undefined;
  const texts = entry.spans
    .filter((s) => s.field === 'other' || s.field === 'description')
    .map((s) => doc.source.slice(s.start, s.end));
  // A cell of a column the bot does not fill (a "Since" column), or a later line of the entry's own details
  // (`- Launched: May 2014`), holds no span: each is read whole.
  const held = (part: Range) => entry.spans.some((s) => s.start < part.end && s.end > part.start);
  const parts = kind === 'table' ? cellRanges(doc.source, entry.start, entry.end) : laterLines(doc.source, entry);
  for (const part of parts) if (!held(part)) texts.push(doc.source.slice(part.start, part.end));
  for (const text of texts) {
    const date = readDate(text.replace(ADDRESSES, ' '));
    if (date !== undefined) return date;
  }
  return undefined;
}

/** The lines of an entry after its first. */
function laterLines(source: string, entry: Entry): Range[] {
  const lines: Range[] = [];
  let start = source.indexOf('\n', entry.start) + 1;
  while (start > 0 && start < entry.end) {
    const end = source.indexOf('\n', start);
    lines.push({ start, end: end < 0 || end > entry.end ? entry.end : end });
    start = end + 1;
  }
  return lines;
}

export interface DateOrder {
  newestFirst: boolean;
  evidence: string;
}

/**
 * Nearly every entry dated (4 or more) and ~80% of neighbours with different dates in one direction: the
 * file keeps its entries by date. Undefined when the dates say nothing.
 */
export function detectDateOrder(
  entries: readonly Entry[],
  dateOf: (entry: Entry) => number | undefined,
): DateOrder | undefined {
  const dated: number[] = [];
  let undated = 0;
  for (const entry of entries) {
    const date = dateOf(entry);
    if (date !== undefined) dated.push(date);
    // More than one in five without a date: no need to read the rest (a list of 10,000 names).
    else if (++undated > 0.2 * entries.length) return undefined;
  }
  if (dated.length < 4) return undefined;
  let newer = 0;
  let older = 0;
  for (let i = 1; i < dated.length; i++) {
    if (dated[i]! < dated[i - 1]!) newer++;
    else if (dated[i]! > dated[i - 1]!) older++;
  }
  const pairs = newer + older;
  if (pairs < 3) return undefined;
  if (newer / pairs >= 0.8)
    return { newestFirst: true, evidence: `${newer} of ${pairs} neighbouring entries are dated newest first` };
  if (older / pairs >= 0.8)
    return { newestFirst: false, evidence: `${older} of ${pairs} neighbouring entries are dated oldest first` };
  return undefined;
}
