import type { RootContent } from 'mdast';
import { parseFragment } from 'parse5';
import { type AdoptersDocument, endOf, lineStart, lineOf, startOf } from '../document.js';
import { isNameLike } from '../entry-traits.js';
import { isUrlText, urlTextForm } from '../inline.js';
import type { Entry, FieldSpan } from '../model.js';
import { makeEntry } from './entry.js';
import {
  type Element,
  childrenOf,
  contains,
  findAll,
  isElement,
  soleText,
  type Words,
  wordsAfter,
} from './html-tree.js';
import { attributeSpan } from './link-parts.js';

/**
 * Adopters written as the rows of an HTML table, a row per adopter over one line or several, with blank
 * lines between rows or none: `<tr><td><a href="https://acme.com">Acme</a></td><td><p>What it does</p></td>
 * </tr>`. The row's first link links the adopter and names it, unless it shows its own address
 * (`<a href="https://acme.com">acme.com</a>`), when a column of names does; the column of the longest
 * words describes it; an image in the row is its logo. parse5 reads the markup (as a browser would, with
 * the source position of every tag, attribute and text), so a row's values are found wherever its markup
 * puts them.
 */

/** Fewer rows than this are a layout table (a badge row, a sponsor strip), not a list. */
const MIN_ROWS = 3;

const cellsOf = (row: Element) => childrenOf(row).filter((c): c is Element => isElement(c) && c.tagName === 'td');

/** What each column holds, read from all the rows: -1 where no column does. */
interface Columns {
  /** Words in every row, distinct from row to row, no links: names, where the links show addresses. */
  name: number;
  /** The longest words on average, when they are prose (20 characters or more, or `isProse`), not a type or a year. */
  description: number;
}

function columnsOf(doc: AdoptersDocument, base: number, rows: Element[]): Columns {
  const texts: (string | undefined)[][] = [];
  for (const row of rows)
    cellsOf(row).forEach((cell, i) => {
      const plain = findAll(cell, 'a').length ? undefined : soleText(doc, base, cell)?.value;
      (texts[i] ??= []).push(plain);
    });
  const lengths = texts.map((column) => column.reduce((n, t) => n + (t?.length ?? 0), 0) / rows.length);
  const description = lengths.reduce(
    (b, l, i) => ((l >= 20 || isProse(texts[i]!, rows.length)) && l > (lengths[b] ?? 0) ? i : b),
    -1,
  );
  const distinct = texts.map((column, i) => {
    const named = column.filter((t): t is string => t !== undefined && /\p{L}/u.test(t));
    return i === description || named.length * 5 < rows.length * 4 ? 0 : new Set(named).size / rows.length;
  });
  const name = distinct.reduce((b, d, i) => (d >= 0.8 && d > (distinct[b] ?? 0) ? i : b), -1);
  return { name, description };
}

/**
 * Short descriptions are prose too (`Runs its tests on it`): in nearly every row, each cell different,
 * with two lowercase words or more. A type (`End user`), a place (`Berlin, Germany`) or a name (`Bank of
 * America`) has fewer, or repeats.
 */
function isProse(column: (string | undefined)[], rows: number): boolean {
  const cells = column.filter((t): t is string => t !== undefined && t.trim() !== '');
  const worded = cells.filter((t) => (t.match(/(?<!\p{L})\p{Ll}+(?!\p{L})/gu)?.length ?? 0) >= 2);
  return cells.length * 5 >= rows * 4 && worded.length * 4 >= cells.length * 3 && new Set(cells).size === cells.length;
}

function readRow(doc: AdoptersDocument, base: number, row: Element, columns: Columns): Entry | undefined {
  const cells = cellsOf(row);
  const at = row.sourceCodeLocation;
  const anchor = findAll(row, 'a').find((a) => a.attrs.some((x) => x.name === 'href'));
  const tagAt = anchor?.sourceCodeLocation?.startTag;
  if (!cells.length || !at || !anchor || !tagAt) return undefined;
  const spans: FieldSpan[] = [];
  const href = attributeSpan(
    doc.source.slice(base + tagAt.startOffset, base + tagAt.endOffset),
    base + tagAt.startOffset,
    'href',
  );
  if (href) spans.push({ field: 'url', start: href.start, end: href.end, context: href.context });
  const shown = soleText(doc, base, anchor);
  let name: Words | undefined = shown;
  if (shown && href && isUrlText(shown.value, href.value)) {
    // `<a href="https://acme.com">acme.com</a>`: the link shows the site; a cell of its own names it.
    const derive = urlTextForm(shown.value, href.value);
    spans.push({ field: 'url-text', start: shown.start, end: shown.end, context: 'html-text', derive });
    const cell = cells[columns.name];
    name = cell && !contains(cell, anchor) ? soleText(doc, base, cell) : undefined;
  }
  if (name) spans.push({ field: 'name', start: name.start, end: name.end, context: 'html-text' });
  const describing = cells[columns.description];
  const described =
    describing && !contains(describing, anchor) ? soleText(doc, base, describing) : wordsAfter(doc, base, anchor);
  if (described) spans.push({ field: 'description', start: described.start, end: described.end, context: 'html-text' });
  // Words of the row's other cells (a type, a year) are this adopter's own: a new row leaves them out.
  for (const cell of cells) {
    if (cell === describing || contains(cell, anchor) || spans.some((s) => s.field === 'name' && inside(cell, s)))
      continue;
    const words = findAll(cell, 'a').length ? undefined : soleText(doc, base, cell);
    if (words) spans.push({ field: 'other', start: words.start, end: words.end, context: 'html-text' });
  }
  const logo = logoSpan(doc, base, row);
  if (logo) spans.push(logo.span);
  return makeEntry(doc, {
    start: base + at.startOffset,
    end: base + at.endOffset,
    name: name?.value ?? '',
    url: href?.value || undefined,
    description: described?.value,
    logo: logo?.value,
    spans: spans.sort((a, b) => a.start - b.start),
    shape: `tr(${cells.length} cells${logo ? ', logo' : ''}${described ? ', description' : ''})`,
    wellFormed: Boolean(name && href),
    nameLike: Boolean(name) && isNameLike(name!.value, 'linked'),
  });

  function inside(cell: Element, span: FieldSpan): boolean {
    const cellAt = cell.sourceCodeLocation;
    return Boolean(cellAt) && span.start >= base + cellAt!.startOffset && span.end <= base + cellAt!.endOffset;
  }
}

/** The row's picture: its source is the logo; a new row without a logo leaves the picture out. */
function logoSpan(doc: AdoptersDocument, base: number, row: Element): { span: FieldSpan; value: string } | undefined {
  const tagAt = findAll(row, 'img')[0]?.sourceCodeLocation?.startTag;
  if (!tagAt) return undefined;
  const tag = { start: base + tagAt.startOffset, end: base + tagAt.endOffset };
  const src = attributeSpan(doc.source.slice(tag.start, tag.end), tag.start, 'src');
  if (!src) return undefined;
  return {
    span: { field: 'logo', start: src.start, end: src.end, context: src.context, remove: [tag] },
    value: src.value,
  };
}

/**
 * The run of HTML blocks from `index` that holds a table (from its `<table>` to its `</table>`, or to the
 * last HTML block of the run when the table is never closed), read as one row per adopter when at least
 * three rows link a name.
 */
export function readHtmlTableRun(
  doc: AdoptersDocument,
  blocks: RootContent[],
  index: number,
): { entries: Entry[]; last: number } | undefined {
  const first = blocks[index]!;
  if (first.type !== 'html' || !/<table\b/i.test(first.value)) return undefined;
  let last = index;
  while (!/<\/table\s*>/i.test((blocks[last] as { value?: string }).value ?? '') && blocks[last + 1]?.type === 'html')
    last++;
  const base = lineStart(doc, lineOf(doc, startOf(first)));
  const fragment = parseFragment(doc.source.slice(base, endOf(blocks[last]!)), { sourceCodeLocationInfo: true });
  const tableRows = findAll(fragment, 'tr').filter((row) => cellsOf(row).length);
  const columns = columnsOf(doc, base, tableRows);
  const rows = tableRows.map((row) => readRow(doc, base, row, columns)).filter((e): e is Entry => e !== undefined);
  if (rows.filter((e) => e.wellFormed).length < MIN_ROWS) return undefined;
  return { entries: rows, last };
}
