import type { RootContent } from 'mdast';
import { parseFragment } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { type AdoptersDocument, endOf, lineStart, lineOf, startOf } from '../document.js';
import { isNameLike } from '../entry-traits.js';
import type { Entry, FieldSpan, Range } from '../model.js';
import { makeEntry } from './entry.js';
import { attributeSpan } from './link-parts.js';

/**
 * Adopters written as the rows of an HTML table, a row per adopter over one line or several, with blank
 * lines between rows or none: `<tr><td><a href="https://acme.com">Acme</a></td><td><p>What it does</p></td>
 * </tr>`. The row's first link names and links the adopter; the longest text of another cell describes it;
 * an image in the row is its logo. parse5 reads the markup (as a browser would, with the source position
 * of every tag, attribute and text), so a row's values are found wherever its markup puts them.
 */

type Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['documentFragment'];
type Element = DefaultTreeAdapterMap['element'];
type TextNode = DefaultTreeAdapterMap['textNode'];

const isElement = (n: Node): n is Element => 'tagName' in n;
const isText = (n: Node): n is TextNode => n.nodeName === '#text';
const childrenOf = (n: Node): Node[] => ('childNodes' in n ? n.childNodes : []);

function* descendants(n: Node): Generator<Node> {
  for (const c of childrenOf(n)) {
    yield c;
    yield* descendants(c);
  }
}

const findAll = (n: Node, tag: string) =>
  [...descendants(n)].filter((d): d is Element => isElement(d) && d.tagName === tag);

/** Fewer rows than this are a layout table (a badge row, a sponsor strip), not a list. */
const MIN_ROWS = 3;

/**
 * The one text node that holds all of an element's words, trimmed: a value the new row can take the
 * place of. Undefined when the words are split by markup (`Acme <b>Corp</b>`).
 */
function soleText(doc: AdoptersDocument, base: number, element: Element): (Range & { value: string }) | undefined {
  const texts = [...descendants(element)].filter(isText).filter((t) => t.value.trim());
  if (texts.length !== 1) return undefined;
  const at = texts[0]!.sourceCodeLocation;
  if (!at) return undefined;
  const raw = doc.source.slice(base + at.startOffset, base + at.endOffset);
  const start = base + at.startOffset + (raw.length - raw.trimStart().length);
  const end = base + at.endOffset - (raw.length - raw.trimEnd().length);
  return { start, end, value: texts[0]!.value.replace(/\s+/g, ' ').trim() };
}

const cellsOf = (row: Element) => childrenOf(row).filter((c): c is Element => isElement(c) && c.tagName === 'td');

/**
 * The column that describes the adopters: the one, other than the name's, whose words are longest on
 * average, when that is prose (20 characters or more), not a type or a year. -1 when there is none.
 */
function descriptionColumn(doc: AdoptersDocument, base: number, rows: Element[]): number {
  const lengths: number[][] = [];
  for (const row of rows) {
    cellsOf(row).forEach((cell, i) => {
      const words = [...descendants(cell)]
        .filter(isText)
        .map((t) => t.value.trim())
        .join(' ');
      const linked = findAll(cell, 'a').length > 0 && !soleText(doc, base, cell);
      (lengths[i] ??= []).push(linked ? 0 : words.length);
    });
  }
  const averages = lengths.map((l) => l.reduce((a, b) => a + b, 0) / rows.length);
  const best = averages.reduce((b, a, i) => (a > (averages[b] ?? 0) ? i : b), -1);
  return best >= 0 && averages[best]! >= 20 ? best : -1;
}

function readRow(doc: AdoptersDocument, base: number, row: Element, describedBy: number): Entry | undefined {
  const cells = cellsOf(row);
  const at = row.sourceCodeLocation;
  if (!cells.length || !at) return undefined;
  const anchor = findAll(row, 'a').find((a) => a.attrs.some((x) => x.name === 'href'));
  const tagAt = anchor?.sourceCodeLocation?.startTag;
  if (!anchor || !tagAt) return undefined;
  const spans: FieldSpan[] = [];
  const tag = doc.source.slice(base + tagAt.startOffset, base + tagAt.endOffset);
  const href = attributeSpan(tag, base + tagAt.startOffset, 'href');
  if (href) spans.push({ field: 'url', start: href.start, end: href.end, context: href.context });
  const name = soleText(doc, base, anchor);
  if (name) spans.push({ field: 'name', start: name.start, end: name.end, context: 'html-text' });
  const describing = cells[describedBy];
  const own = describing && [...descendants(describing)].includes(anchor);
  const described = describing && !own ? soleText(doc, base, describing) : undefined;
  // Words of the row's other cells (a type, a year) are this adopter's own: a new row leaves them out.
  for (const cell of cells) {
    if (cell === describing || [...descendants(cell)].includes(anchor)) continue;
    const words = soleText(doc, base, cell);
    if (words && !findAll(cell, 'a').length)
      spans.push({ field: 'other', start: words.start, end: words.end, context: 'html-text' });
  }
  if (described) spans.push({ field: 'description', start: described.start, end: described.end, context: 'html-text' });
  let logo: string | undefined;
  const image = findAll(row, 'img')[0];
  const imageAt = image?.sourceCodeLocation?.startTag;
  if (imageAt) {
    const src = attributeSpan(
      doc.source.slice(base + imageAt.startOffset, base + imageAt.endOffset),
      base + imageAt.startOffset,
      'src',
    );
    if (src) {
      logo = src.value;
      spans.push({ field: 'logo', start: src.start, end: src.end, context: src.context });
    }
  }
  const nameText = name?.value ?? '';
  return makeEntry(doc, {
    start: base + at.startOffset,
    end: base + at.endOffset,
    name: nameText,
    url: href?.value || undefined,
    description: described?.value,
    logo,
    spans: spans.sort((a, b) => a.start - b.start),
    shape: `tr(${cells.length} cells${logo ? ', logo' : ''}${described ? ', description' : ''})`,
    wellFormed: Boolean(name && href),
    nameLike: Boolean(nameText) && isNameLike(nameText, 'linked'),
  });
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
  const text = doc.source.slice(base, endOf(blocks[last]!));
  const fragment = parseFragment(text, { sourceCodeLocationInfo: true });
  const tableRows = findAll(fragment, 'tr').filter((row) => cellsOf(row).length);
  const describedBy = descriptionColumn(doc, base, tableRows);
  const rows = tableRows.map((row) => readRow(doc, base, row, describedBy)).filter((e): e is Entry => e !== undefined);
  if (rows.filter((e) => e.wellFormed).length < MIN_ROWS) return undefined;
  return { entries: rows, last };
}
