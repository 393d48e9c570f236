import { decodeHTML, decodeHTMLStrict } from 'entities';
import type { RootContent } from 'mdast';
import { type AdoptersDocument, endOf, lineOf, lineStart, lineText, startOf } from '../document.js';
import { isNameLike } from '../entry-traits.js';
import type { Entry, FieldSpan, Range, SpanContext } from '../model.js';
import { makeEntry } from './entry.js';
import { attributeSpan } from './link-parts.js';

/**
 * A wall of logos written in HTML, one adopter per line: `<a href="https://acme.com"><img alt="Acme"
 * src="logos/acme.png"></a>` (or a bare `<img alt="Acme" src="…">`, or a text anchor `<a href="…">Acme</a>`).
 * The alt text names the adopter, the anchor links it, the image's source is its logo. A line showing several
 * logos is part of the wall but no one adopter's entry.
 */

const IMG = /<img\b[^>]*>/gi;
const OPEN_A = /<a\b[^>]*>/i;
const CLOSE_A = /<\/a\s*>/i;

/** An HTML block, or a paragraph made only of inline HTML, spaces and `&nbsp;`, that shows a logo. */
export function isLogoBlock(doc: AdoptersDocument, block: RootContent): boolean {
  const text = doc.source.slice(startOf(block), endOf(block));
  if (!/<img\b/i.test(text) || /^\s*<!--/.test(text)) return false;
  if (block.type === 'html') return true;
  if (block.type !== 'paragraph') return false;
  // Words only inside an anchor (a text link among the logos), spaces and `&nbsp;` between them.
  let inAnchor = false;
  return block.children.every((n) => {
    if (n.type === 'html') {
      if (OPEN_A.test(n.value)) inAnchor = true;
      else if (CLOSE_A.test(n.value)) inAnchor = false;
      return true;
    }
    return n.type === 'break' || (n.type === 'text' && (inAnchor || /^[\s\u00a0]*$/.test(n.value)));
  });
}

/**
 * A list written in HTML (`<ul>` then `<li><a href="…">Acme</a></li>` lines): one adopter per item. The
 * block may open with what folds or frames it (`<details>`, `<summary>…</summary>`, `<div>`).
 */
export function isHtmlList(doc: AdoptersDocument, block: RootContent): boolean {
  return block.type === 'html' && /^[ \t]*<[ou]l\b/im.test(doc.source.slice(startOf(block), endOf(block)));
}

/** Fewer anchors than this are a page's links (a footer, a menu), not its adopters. */
const MIN_ANCHOR_LINES = 4;

/**
 * An HTML block that is a column of text anchors to other sites, one per line and nothing else on the line
 * (`<div>` then `<a href="https://acme.com">Acme - what it does</a>` lines): a list without list markup.
 */
export function isAnchorList(doc: AdoptersDocument, block: RootContent): boolean {
  if (block.type !== 'html') return false;
  const first = lineOf(doc, startOf(block));
  const last = lineOf(doc, Math.max(startOf(block), endOf(block) - 1));
  let anchors = 0;
  for (let line = first; line <= last; line++) {
    const text = lineText(doc, line).trim();
    if (/^<a\b[^>]*\bhref\s*=\s*["']?https?:\/\/[^>]*>[^<]+<\/a\s*>$/i.test(text)) anchors++;
    // Only the block's own frame (`<div …>`, `</div>`) may stand around them.
    else if (!/^<\/?[a-z][\w-]*\b[^>]*>$/i.test(text) || (line !== first && line !== last)) return false;
  }
  return anchors >= MIN_ANCHOR_LINES;
}

/** What a text shows: in HTML as a browser reads it, among inline HTML as Markdown does. */
function decoded(text: string, context: SpanContext): string {
  const unescaped = context === 'html-text' ? text : text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
  // Without a `&` there is nothing to decode.
  if (!unescaped.includes('&')) return unescaped;
  return context === 'html-text' ? decodeHTML(unescaped) : decodeHTMLStrict(unescaped);
}

/** The entries of a logo block, one per line that shows one adopter. */
export function readLogoLines(doc: AdoptersDocument, block: RootContent): Entry[] {
  const entries: Entry[] = [];
  const last = lineOf(doc, Math.max(startOf(block), endOf(block) - 1));
  // In an HTML block the text is raw; in a paragraph of inline HTML it is still Markdown.
  const text: SpanContext = block.type === 'html' ? 'html-text' : 'link-text';
  for (let line = lineOf(doc, startOf(block)); line <= last; line++) {
    const entry = readLogoLine(doc, line, text);
    if (entry) entries.push(entry);
  }
  return entries;
}

function readLogoLine(doc: AdoptersDocument, line: number, textContext: SpanContext): Entry | undefined {
  const text = lineText(doc, line);
  const base = lineStart(doc, line);
  const images = [...text.matchAll(IMG)];
  if (images.length > 1) return undefined;
  const open = OPEN_A.exec(text);
  const close = open ? CLOSE_A.exec(text.slice(open.index + open[0].length)) : null;
  const closeAt = open && close ? open.index + open[0].length + close.index : -1;
  const spans: FieldSpan[] = [];
  const href = open ? attributeSpan(open[0], base + open.index, 'href') : undefined;
  if (href && close)
    spans.push({
      field: 'url',
      start: href.start,
      end: href.end,
      context: href.context,
      // Without a website the anchor goes, what it wraps stays.
      remove: [
        { start: base + open!.index, end: base + open!.index + open![0].length },
        { start: base + closeAt, end: base + closeAt + close[0].length },
      ],
    });
  // A title names the adopter again (`<a href="…" title="Acme">`): it changes with the name.
  for (const [tag, at] of [
    [open?.[0], open?.index],
    [images[0]?.[0], images[0]?.index],
  ] as const) {
    const title = tag !== undefined && at !== undefined ? attributeSpan(tag, base + at, 'title') : undefined;
    if (title) spans.push({ field: 'name', start: title.start, end: title.end, context: title.context });
  }
  let name: string;
  let logo: string | undefined;
  let description: string | undefined;
  const image = images[0];
  if (image) {
    const at = base + image.index;
    const alt = attributeSpan(image[0], at, 'alt');
    const src = attributeSpan(image[0], at, 'src');
    if (!alt || !src) return undefined;
    name = alt.value.trim();
    logo = src.value;
    // Without a logo, the name is shown as the anchor's text in place of the picture.
    const fallback: Range | undefined = href ? { start: at, end: at + image[0].length } : undefined;
    spans.push({
      field: 'name',
      start: alt.start,
      end: alt.end,
      context: alt.context,
      ...(fallback ? { fallback, fallbackContext: textContext } : {}),
    });
    spans.push({ field: 'logo', start: src.start, end: src.end, context: src.context });
  } else {
    if (!open || !close) return undefined;
    const inner = { start: open.index + open[0].length, end: closeAt };
    const written = text.slice(inner.start, inner.end).trim();
    if (!written || /</.test(written)) return undefined;
    const lead = text.slice(inner.start, inner.end).length - text.slice(inner.start, inner.end).trimStart().length;
    const at = base + inner.start + lead;
    // `<a href="…">Acme - what it does</a>`: the anchor holds the description too, after a spaced dash.
    const dash = /\s+[-–—]\s+/.exec(written);
    const shown = dash ? written.slice(0, dash.index) : written;
    spans.push({ field: 'name', start: at, end: at + shown.length, context: textContext });
    if (dash) {
      const from = dash.index + dash[0].length;
      description = decoded(written.slice(from), textContext);
      spans.push({
        field: 'description',
        start: at + from,
        end: at + written.length,
        context: textContext,
        remove: [{ start: at + dash.index, end: at + written.length }],
      });
    }
    // Among inline HTML the text is Markdown: `Under\_score` shows `Under_score`.
    // Character references show what they stand for (`AT&amp;T` is AT&T): in HTML as a browser reads
    // them, in Markdown only when closed by `;`, where `\_` also shows `_`.
    name = decoded(shown, textContext);
  }
  if (!name) return undefined;
  const first = /\S/.exec(text)?.index ?? 0;
  // Words or links beside the anchor (`<a …>Acme</a>, its lab (<a …>story</a>)`) are this adopter's own:
  // readable, not a shape to copy.
  const outside = text
    .replace(open && close ? text.slice(open.index, closeAt + close[0].length) : '', '')
    .replace(/<\/?(?:li|p|span|div|br)\b[^>]*>|&nbsp;/gi, '')
    .trim();
  return makeEntry(doc, {
    start: base + first,
    end: base + text.trimEnd().length,
    name,
    url: href?.value,
    logo,
    spans,
    description,
    shape: image ? (href ? '<a><img N L></a>' : '<img N L>') : description ? '<a>N - D</a>' : '<a>N</a>',
    wellFormed: true,
    copyable: !outside || Boolean(image),
    nameLike: isNameLike(name, 'linked'),
  });
}
