import { escapeFor } from '../escape.js';
import { deriveText } from '../inline.js';
import type { Entry, FieldKind, FieldSpan, Range } from '../model.js';
import { RULE_LINE } from './closing-rule.js';
import { applyEdits, type Edit } from './edits.js';

/** The values a new entry shows; a field left undefined is taken out of the copied shape. */
export interface EntryValues {
  name: string;
  url?: string;
  description?: string;
  logo?: string;
  contact?: string;
  group?: string;
  ordinal?: number;
  /** No sibling shows a website: the name, written as plain text there, links to it (`## [Acme](…)`). */
  linkedName?: boolean;
}

export class UnwritableValue extends Error {
  constructor(readonly field: FieldKind) {
    super(`the ${field} cannot be written in this file's entries as it is`);
  }
}

/** The value a span shows, or undefined when the field has none. */
function valueFor(span: FieldSpan, values: EntryValues): string | undefined {
  switch (span.field) {
    // A name that links to the site is where the site shows: no sibling's site line takes it too.
    case 'url':
      return values.linkedName ? undefined : values.url;
    case 'url-text':
      return values.url === undefined || values.linkedName ? undefined : deriveText(span.derive ?? 'host', values.url);
    case 'contact-url':
      return values.contact === undefined ? undefined : deriveText('github-profile', values.contact);
    case 'ordinal':
      return values.ordinal === undefined ? undefined : String(values.ordinal);
    case 'other':
      return undefined;
    default:
      return values[span.field];
  }
}

/** Does only white space stand between the start of the line and `offset`? */
function atLineStart(text: string, offset: number): boolean {
  const lineBegin = text.lastIndexOf('\n', offset - 1) + 1;
  return !text.slice(lineBegin, offset).trim();
}

/**
 * The edits that turn a sibling's spans into the new entry's values: each value escaped for the place it
 * takes; a field without a value taken out with what belongs to it (its separator, its label line).
 * Offsets are relative to `base`; `text` is the sibling's text from `base`.
 */
export function spanEdits(text: string, base: number, spans: FieldSpan[], values: EntryValues): Edit[] {
  const edits: Edit[] = [];
  for (const span of spans) {
    if (span.field === 'name' && span.fallback && values.logo === undefined) {
      // No logo to carry the name: the name is shown as the link's text.
      const escaped = escapeFor(values.name, span.fallbackContext ?? 'link-text');
      if (escaped === undefined) throw new UnwritableValue('name');
      edits.push({ start: span.fallback.start - base, end: span.fallback.end - base, text: escaped });
      continue;
    }
    if (span.field === 'name' && span.context === 'text' && values.linkedName && values.url !== undefined) {
      const text = escapeFor(values.name, 'link-text');
      const destination = escapeFor(values.url, 'destination');
      if (text === undefined || destination === undefined) throw new UnwritableValue('url');
      edits.push({ start: span.start - base, end: span.end - base, text: `[${text}](${destination})` });
      continue;
    }
    const value = valueFor(span, values);
    if (span.field === 'ordinal' && value === undefined) continue;
    if (value !== undefined) {
      const escaped = escapeFor(value, span.context, atLineStart(text, span.start - base));
      if (escaped === undefined) throw new UnwritableValue(span.field);
      edits.push({ start: span.start - base, end: span.end - base, text: escaped });
    } else if (span.remove) {
      for (const r of span.remove) edits.push({ start: r.start - base, end: r.end - base, text: '' });
    } else {
      edits.push({ start: span.start - base, end: span.end - base, text: '' });
    }
  }
  return edits;
}

/** Offsets of each line of a text: [start, end) without the line break. */
function lineRanges(text: string): Range[] {
  const ranges: Range[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) {
      ranges.push({ start, end: text.length });
      return ranges;
    }
    ranges.push({ start, end: nl > start && text[nl - 1] === '\r' ? nl - 1 : nl });
    start = nl + 1;
  }
}

/**
 * Lines of a many-line sibling that hold none of our values (`Environments: AWS`, a nested "Talk: …"
 * item) are its own data: they are not copied. A short line that labels a value we write (`#### Use
 * case`, `Details:`) stays with it. Blank lines stay; the caller folds runs of them.
 */
function dropLines(text: string, base: number, spans: FieldSpan[], filled: (s: FieldSpan) => boolean): Edit[] {
  const lines = lineRanges(text);
  // In an entry written in HTML (a table row), a line of tags alone (`<td>`, `</p>`) is its structure.
  const structure = (content: string) => inMarkup(spans) && /^\s*(?:<\/?[A-Za-z][^<>]*>\s*)+$/.test(content);
  const touches = (s: FieldSpan, l: Range) => s.start - base <= l.end && s.end - base >= l.start;
  const holds = lines.map((l) => spans.some((s) => touches(s, l)));
  const holdsFilled = lines.map((l) => spans.some((s) => filled(s) && touches(s, l)));
  const edits: Edit[] = [];
  lines.forEach((l, i) => {
    const content = text.slice(l.start, l.end);
    // The underline of a setext heading (`Acme\n----`) is the heading's markup.
    const underline = i === 1 && /^ {0,3}(?:=+|-+)[ \t]*$/.test(content);
    // A rule closing the entry (`---` under each story) is the list's markup; the renderer keeps or drops it.
    const rule = RULE_LINE.test(content);
    if (i === 0 || holds[i] || !content.trim() || structure(content) || underline || rule) return;
    let next = i + 1;
    while (next < lines.length && !text.slice(lines[next]!.start, lines[next]!.end).trim()) next++;
    // A label names a field; a line that links somewhere (`### [EcoLogits](…)`, a project of the sibling's)
    // is the sibling's own.
    const label =
      content.trim().length <= 40 &&
      /^\s*#{1,6}\s|:\s*$/.test(content) &&
      !LINKED.test(content) &&
      holdsFilled[next] === true;
    if (label) return;
    const end = i + 1 < lines.length ? lines[i + 1]!.start : l.end;
    // The last line goes with the line break before it.
    const start = i + 1 < lines.length ? l.start : (lines[i - 1]?.end ?? l.start);
    edits.push({ start, end, text: '' });
  });
  return edits;
}

/**
 * What the sibling's dropped lines hold, as a maintainer would name it: each line's label (`Location`,
 * `Case study`), or its first words. The new entry's own are for a person to add.
 */
export function droppedDetails(source: string, template: Entry, values: EntryValues): string[] {
  const text = source.slice(template.start, template.end);
  const filled = (s: FieldSpan) => valueFor(s, values) !== undefined;
  return dropLines(text, template.start, template.spans, filled).map((edit) => {
    const line = text
      .slice(edit.start, edit.end)
      .trim()
      .replace(/^(?:[-*+]\s+|\d+[.)]\s+|#{1,6}\s+)/, '')
      // A link shows its words.
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1');
    const label = /^(?:\*\*|__|\*|_)?([^*_:\n]{1,40}?)(?:\*\*|__|\*|_)?:/.exec(line)?.[1]?.trim();
    return label || (line.length > 30 ? `${line.slice(0, 30).trimEnd()}…` : line);
  });
}

/** Every value of the entry sits in HTML (text between tags, attribute values): an entry written in markup. */
const inMarkup = (spans: FieldSpan[]) =>
  spans.length > 0 && spans.every((s) => s.context === 'html-text' || s.context.startsWith('attribute-'));

/** A kept line's bullet and label (`- *Backups*: `, `**Links:** `), which stay with the value. */
const LINE_LABEL =
  /^\s*(?:[-*+]\s+|\d+[.)]\s+)?(?:(?:\*\*|__|\*|_)?[^*_:\n]{1,40}?(?:\*\*|__|\*|_)?:(?:\*\*|__|\*|_)?\s+)?/;
/** A Markdown or HTML link, or a bare address. */
const LINKED = /\]\(|\]\[|<a\s|https?:\/\//i;
/** A line break kept at the end of a line: two spaces, a backslash or `<br>`. */
const LINE_BREAK = /(?:\s*<br\s*\/?>|[ \t]{2,}|\\)$/i;

/**
 * `- *Backups*: periodic snapshots. More about our setup: https://acme.com`, `**Links:** [site](…), [App](…)`:
 * a later line that holds our value among words of the sibling's own keeps its label and the value only.
 */
function foreignText(text: string, base: number, spans: FieldSpan[], filled: (s: FieldSpan) => boolean): Edit[] {
  const edits: Edit[] = [];
  // Words around a value in HTML are tags and attributes (`<a href="…">`), not another adopter's text.
  if (inMarkup(spans)) return edits;
  lineRanges(text).forEach((l, i) => {
    if (i === 0) return;
    const touching = spans.filter((s) => s.start - base < l.end && s.end - base > l.start);
    const inside = touching.every((s) => s.start - base >= l.start && s.end - base <= l.end);
    if (!touching.length || !inside || !touching.every(filled)) return;
    const line = text.slice(l.start, l.end);
    const labelEnd = l.start + (LINE_LABEL.exec(line)?.[0].length ?? 0);
    const lineEnd = l.end - (LINE_BREAK.exec(line)?.[0].length ?? 0);
    let from = Math.min(...touching.map((s) => s.start - base));
    let to = Math.max(...touching.map((s) => s.end - base));
    // The value's own markup: its link (with the link's words, `[Website](…)`), its quotes or emphasis.
    while (from > labelEnd && /[[(<"“*_`]/.test(text[from - 1]!)) from--;
    if (text[from - 1] === ']') {
      const open = text.lastIndexOf('[', from - 1);
      if (open >= labelEnd) from = text[open - 1] === '!' && open - 1 >= labelEnd ? open - 1 : open;
      while (from > labelEnd && /[("“*_`]/.test(text[from - 1]!)) from--;
    }
    while (to < lineEnd && /[\])>"”*_`]/.test(text[to]!)) to++;
    if (from < labelEnd || to > lineEnd) return;
    if (!/\p{L}{2}/u.test(text.slice(labelEnd, from) + text.slice(to, lineEnd))) return;
    if (from > labelEnd) edits.push({ start: labelEnd, end: from, text: '' });
    if (lineEnd > to) edits.push({ start: to, end: lineEnd, text: '' });
  });
  return edits;
}

/** Folds runs of blank lines into one and trims blank lines at either end. */
function foldBlankLines(text: string, eol: string): string {
  const lines = text.split(/\r?\n/);
  const out: string[] = [];
  for (const line of lines) {
    if (!line.trim() && (!out.length || !out[out.length - 1]!.trim())) continue;
    out.push(line.trim() ? line : '');
  }
  while (out.length && !out[out.length - 1]!.trim()) out.pop();
  return out.join(eol);
}

/**
 * The new entry as a copy of `template` with its values substituted: every byte that is not a value
 * (markup, attributes, emphasis, separators, padding, indentation) comes from the sibling.
 */
export function substituteEntry(source: string, template: Entry, values: EntryValues, eol: string): string {
  const text = source.slice(template.start, template.end);
  const base = template.start;
  const filled = (s: FieldSpan) => valueFor(s, values) !== undefined;
  const edits = [
    ...dropLines(text, base, template.spans, filled),
    ...foreignText(text, base, template.spans, filled),
    ...spanEdits(text, base, template.spans, values),
  ];
  return foldBlankLines(applyEdits(text, edits), eol);
}
