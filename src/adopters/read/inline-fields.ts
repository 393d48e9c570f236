import type { Html, PhrasingContent } from 'mdast';
import { type AdoptersDocument, endOf, normalizeLabel, startOf } from '../document.js';
import { type NameStyle, isNameLike } from '../entry-traits.js';
import { displayText, isGenericLinkText, isUrlText, urlTextForm } from '../inline.js';
import type { FieldSpan, Range } from '../model.js';
import { readContactTail } from './contact-tail.js';
import { attributeSpan, linkParts } from './link-parts.js';

/** What the start of a list item, a paragraph, a cell or a heading says, and where each value sits. */
export interface InlineFields {
  name: string;
  style: NameStyle;
  nameLike: boolean;
  /** The name construct: wrappers and link included (`**_[Acme](https://acme.com)_**`). */
  head: Range;
  spans: FieldSpan[];
  url?: string;
  logo?: string;
  description?: string;
  /** The one GitHub handle the name is followed by (`[[@jane](https://github.com/jane)]`). */
  contact?: string;
  /** Stray emphasis markers around the name (`**_[Name](url)**`), or a list of handles: readable, never copied. */
  malformed: boolean;
  /** The name written as a reference link (`[Name][1]`), whose URL lives elsewhere in the file. */
  reference: boolean;
  /** The head with its values replaced by placeholders, then what follows it: `**_[N](U)_** - D`. */
  shape: string;
}

export interface InlineOptions {
  /** Where the text that can hold a description ends (the end of the paragraph or cell). */
  end: number;
  /** `cell` inside a table (`|` must be escaped there). */
  context: 'text' | 'cell';
  /** The whole content is the name (a heading, a name cell): no separator splits it. */
  whole?: boolean;
}

type Kid = PhrasingContent;

interface Head {
  name: string;
  style: NameStyle;
  head: Range;
  spans: FieldSpan[];
  url?: string;
  logo?: string;
  malformed: boolean;
  reference: boolean;
  /** Index of the first node after the head. */
  next: number;
}

const isBlank = (n: Kid) => n.type === 'text' && !n.value.trim();
const isImg = (n: Kid): n is Html => n.type === 'html' && /^<img\b/i.test(n.value);
const trimmedRange = (src: string, start: number, end: number): Range => {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(src[s]!)) s++;
  while (e > s && /\s/.test(src[e - 1]!)) e--;
  return { start: s, end: e };
};

/** Spans of a logo image: its source, and the image with the space after it as what goes without a logo. */
function logoSpans(doc: AdoptersDocument, node: Kid, removeTo: number): { spans: FieldSpan[]; logo?: string } {
  const remove = [{ start: startOf(node), end: removeTo }];
  if (node.type === 'image') {
    const parts = linkParts(doc, node);
    if (!parts.destination) return { spans: [] };
    return { spans: [{ field: 'logo', ...parts.destination, remove }], logo: node.url };
  }
  if (node.type === 'html') {
    const src = attributeSpan(node.value, startOf(node), 'src');
    if (src)
      return {
        spans: [{ field: 'logo', start: src.start, end: src.end, context: src.context, remove }],
        logo: src.value,
      };
  }
  return { spans: [] };
}

/** `[Name](url)`, `[<img alt="Name">](url)`, `[Name][ref]` as a name head; undefined for `[link](url)`. */
function fromLink(doc: AdoptersDocument, link: Kid, head: Range): Omit<Head, 'next' | 'malformed'> | undefined {
  if (link.type !== 'link' && link.type !== 'linkReference') return undefined;
  const parts = linkParts(doc, link);
  const url = link.type === 'link' ? link.url : (doc.definitions.get(normalizeLabel(link.identifier)) ?? undefined);
  const spans: FieldSpan[] = [];
  const unlink = [
    { start: parts.start, end: parts.text.start },
    { start: parts.text.end, end: parts.end },
  ];
  if (parts.destination) spans.push({ field: 'url', ...parts.destination, remove: unlink });
  const image = link.children.find((c) => c.type === 'image' || isImg(c));
  if (image) {
    // A logo that carries the name in its alt text (`[<img alt="Acme" src="…">](https://acme.com)`).
    const logo = logoSpans(doc, image, endOf(image));
    let name: string | undefined;
    if (image.type === 'image') {
      const alt = linkParts(doc, image).text;
      name = image.alt ?? '';
      spans.push({ field: 'name', ...alt, context: 'link-text', fallback: parts.text });
    } else if (image.type === 'html') {
      const alt = attributeSpan(image.value, startOf(image), 'alt');
      if (!alt) return undefined;
      name = alt.value;
      spans.push({ field: 'name', start: alt.start, end: alt.end, context: alt.context, fallback: parts.text });
    }
    const logoSpan = logo.spans[0];
    if (logoSpan) spans.push({ ...logoSpan, remove: undefined });
    return {
      name: (name ?? '').trim(),
      style: 'linked',
      head,
      spans: sortSpans(spans),
      url,
      logo: logo.logo,
      reference: false,
    };
  }
  const text = displayText(link).trim();
  // A link that opens an entry names it, even when the name is the domain (`[amazee.io](https://amazee.io)`);
  // a bare address or a "link" does not.
  if (parts.kind === 'autolink' || parts.kind === 'bare' || isGenericLinkText(text) || /^https?:\/\//i.test(text)) {
    return undefined;
  }
  // `[Acme:](https://acme.com) what it does`: the colon is the file's separator, written inside the link.
  const range = trimmedRange(doc.source, parts.text.start, parts.text.end);
  const colon = /\s*:$/.exec(doc.source.slice(range.start, range.end));
  if (colon && colon.index > 0) range.end -= colon[0].length;
  spans.push({ field: 'name', ...range, context: 'link-text' });
  if (parts.kind === 'reference') {
    // `[Acme][12]`: the bot writes an inline link instead (one insertion cannot add a definition too).
    spans.push({
      field: 'url',
      start: parts.text.end,
      end: parts.end,
      context: 'reference-destination',
      remove: unlink,
    });
  }
  return {
    name: colon && colon.index > 0 ? text.replace(/\s*:$/, '') : text,
    style: 'linked',
    head,
    spans: sortSpans(spans),
    url,
    reference: parts.kind === 'reference',
  };
}

/** `**_[Name](url)_**`, `**[Name](url)**`, `**Name:**`, `*Name*`. */
function fromWrapper(doc: AdoptersDocument, wrapper: Kid): Omit<Head, 'next'> | undefined {
  let inner: Kid[] = 'children' in wrapper ? wrapper.children : [];
  while (inner.length === 1 && (inner[0]!.type === 'strong' || inner[0]!.type === 'emphasis')) {
    inner = (inner[0] as { children: Kid[] }).children;
  }
  const head = { start: startOf(wrapper), end: endOf(wrapper) };
  const significant = inner.filter((n) => !(n.type === 'text' && /^[\s:]*$/.test(n.value)));
  const links = significant.filter((n) => n.type === 'link' || n.type === 'linkReference');
  const stray = significant.filter((n) => n.type === 'text' && /^[\s*_]+$/.test(n.value));
  if (links.length === 1 && links.length + stray.length === significant.length) {
    const read = fromLink(doc, links[0]!, head);
    return read ? { ...read, malformed: stray.length > 0 } : undefined;
  }
  if (!inner.length || !inner.every((n) => n.type === 'text' || n.type === 'inlineCode')) return undefined;
  const range = trimmedRange(doc.source, startOf(inner[0]!), endOf(inner[inner.length - 1]!));
  // `**Acme:**` keeps its colon outside the name.
  while (range.end > range.start && /[\s:]/.test(doc.source[range.end - 1]!)) range.end--;
  const name = displayText(inner)
    .replace(/[\s:]+$/, '')
    .trim();
  if (!name) return undefined;
  return {
    name,
    style: 'emphasized',
    head,
    spans: [{ field: 'name', ...range, context: 'text' }],
    malformed: false,
    reference: false,
  };
}

/** `<a href="https://acme.com" rel="nofollow">Acme</a>`: an HTML anchor around the name. */
function fromAnchor(doc: AdoptersDocument, kids: Kid[], i: number): Head | undefined {
  const open = kids[i];
  if (!open || open.type !== 'html' || !/^<a\s/i.test(open.value)) return undefined;
  const close = kids.findIndex((n, j) => j > i && n.type === 'html' && /^<\/a\s*>/i.test(n.value));
  if (close < 0) return undefined;
  const inside = kids.slice(i + 1, close);
  const closeNode = kids[close]!;
  const href = attributeSpan(open.value, startOf(open), 'href');
  const spans: FieldSpan[] = [];
  const unlink = [
    { start: startOf(open), end: endOf(open) },
    { start: startOf(closeNode), end: endOf(closeNode) },
  ];
  if (href) spans.push({ field: 'url', start: href.start, end: href.end, context: href.context, remove: unlink });
  const image = inside.find((c) => c.type === 'image' || isImg(c));
  let name = displayText(inside).trim();
  if (image && image.type === 'html') {
    const alt = attributeSpan(image.value, startOf(image), 'alt');
    // Without a logo, the name is shown as the anchor's text in place of the picture.
    const fallback = { start: startOf(inside[0]!), end: endOf(inside[inside.length - 1]!) };
    if (alt) spans.push({ field: 'name', start: alt.start, end: alt.end, context: alt.context, fallback });
    const logo = logoSpans(doc, image, endOf(image)).spans[0];
    if (logo) spans.push({ ...logo, remove: undefined });
    name = alt?.value.trim() ?? name;
  } else if (inside.length) {
    spans.push({
      field: 'name',
      ...trimmedRange(doc.source, startOf(inside[0]!), endOf(inside[inside.length - 1]!)),
      context: 'text',
    });
  }
  if (!name) return undefined;
  return {
    name,
    style: 'linked',
    head: { start: startOf(open), end: endOf(closeNode) },
    spans: sortSpans(spans),
    url: href?.value,
    malformed: false,
    reference: false,
    next: close + 1,
  };
}

const SEPARATOR = /\s+(?:--|[-–—])\s+|:\s|:$|\s+(?:--|[-–—])$/;

/** A plain name runs to the first separator (`Name: text`, `Name - text`) or to the end of the line. */
function fromText(doc: AdoptersDocument, kids: Kid[], i: number, whole: boolean): Head | undefined {
  const first = kids[i];
  if (!first || (first.type !== 'text' && first.type !== 'inlineCode')) return undefined;
  if (whole) {
    const last = kids[kids.length - 1]!;
    const range = trimmedRange(doc.source, startOf(first), endOf(last));
    const name = displayText(kids.slice(i)).replace(/\s+/g, ' ').trim();
    if (!name || !kids.slice(i).every((n) => n.type === 'text' || n.type === 'inlineCode' || n.type === 'break'))
      return undefined;
    return {
      name,
      style: 'plain',
      head: range,
      spans: [{ field: 'name', ...range, context: 'text' }],
      malformed: false,
      reference: false,
      next: kids.length,
    };
  }
  if (first.type !== 'text') return undefined;
  const raw = doc.source.slice(startOf(first), endOf(first));
  const lead = raw.length - raw.trimStart().length;
  const cut = (line: string) => {
    const sep = SEPARATOR.exec(line);
    let text = sep ? line.slice(0, sep.index) : line;
    // `Acme (uses it for backups)`, `Acme (https://acme.com): …`: a parenthesis that holds a sentence or an
    // address is not part of the name; a short one is (`UWM (United Wholesale Mortgage)`). The file may
    // escape it (`Acme \\(www.acme.com\\)`), and no name ends with an opening parenthesis.
    const paren = /\s\\?\((?:[^()]*\s){3,}[^()]*\)?|\s*\\?\($/.exec(text);
    if (paren) text = text.slice(0, paren.index);
    return text.trimEnd();
  };
  const line = raw.slice(lead).split(/\r?\n/)[0] ?? '';
  const text = cut(line);
  if (!text) return undefined;
  const start = startOf(first) + lead;
  const range = { start, end: start + text.length };
  const valueLine = first.value.trimStart().split(/\r?\n/)[0] ?? '';
  return {
    name: cut(valueLine).trim() || text,
    style: 'plain',
    head: range,
    spans: [{ field: 'name', ...range, context: 'text' }],
    // `[Name] (https://…)` or `[Name]` with no definition: a link that broke, shown with its brackets; or
    // `Name \\[https://…](https://…)`, a link whose bracket was escaped.
    malformed: /^\[[^\]]+\]$|\[$/.test(text.trim()),
    reference: false,
    next: i + 1,
  };
}

function readHead(doc: AdoptersDocument, kids: Kid[], i: number, whole: boolean): Head | undefined {
  const node = kids[i];
  if (!node) return undefined;
  if (node.type === 'link' || node.type === 'linkReference') {
    const read = fromLink(doc, node, { start: startOf(node), end: endOf(node) });
    return read && { ...read, malformed: false, next: i + 1 };
  }
  if (node.type === 'strong' || node.type === 'emphasis') {
    const read = fromWrapper(doc, node);
    return read && { ...read, next: i + 1 };
  }
  if (node.type === 'html') return fromAnchor(doc, kids, i);
  return fromText(doc, kids, i, whole);
}

/**
 * The organization's site when the name carries no link: a `[link](…)`, `[acme.com](…)`, `<https://…>`
 * or bare URL among the nodes after the name.
 */
function siteLink(
  doc: AdoptersDocument,
  kids: Kid[],
  from: number,
): { spans: FieldSpan[]; url: string; node: Kid } | undefined {
  for (let j = from; j < kids.length; j++) {
    const n = kids[j]!;
    if (n.type !== 'link') continue;
    const parts = linkParts(doc, n);
    const text = displayText(n).trim();
    const urlText = parts.kind === 'autolink' || parts.kind === 'bare' || isUrlText(text, n.url);
    if (!urlText && !isGenericLinkText(text)) continue;
    if (!parts.destination) continue;
    let before = startOf(n);
    let after = endOf(n);
    // `(https://acme.com)`, `\\(https://acme.com\\)`: the parentheses go with the link.
    const src = doc.source;
    if (src[before - 1] === '(' && src[after] === ')') [before, after] = [before - 1, after + 1];
    else if (src.slice(before - 2, before) === '\\(' && src.slice(after, after + 2) === '\\)')
      [before, after] = [before - 2, after + 2];
    while (before > 0 && /[ \t]/.test(doc.source[before - 1]!)) before--;
    const remove = [{ start: before, end: after }];
    const spans: FieldSpan[] = [{ field: 'url', ...parts.destination, remove }];
    if (urlText && parts.kind === 'inline') {
      spans.push({
        field: 'url-text',
        ...trimmedRange(doc.source, parts.text.start, parts.text.end),
        context: 'link-text',
        derive: urlTextForm(text, n.url),
      });
    }
    return { spans: sortSpans(spans), url: n.url, node: n };
  }
  return undefined;
}

/** `' - '`, `' -- '`, `': '`, `' '`, a line break (`'  \n'`, `'<br>\n'`, `'\n\n'`), or `''` when nothing follows. */
export function separatorOf(tail: string): string {
  // A line break may carry its own mark: `[Acme](…)` then `: what it does` (a definition list).
  const m =
    /^(?:[ \t]*(?:<br\s*\/?>|\\)?[ \t]*\r?\n(?:[ \t]*\r?\n)*[ \t]*(?:[-–—:][ \t]+)?|[ \t]*(?:--|[-–—:|,])[ \t]*|[ \t]+)/.exec(
      tail,
    );
  return m ? m[0] : '';
}

export function sortSpans(spans: FieldSpan[]): FieldSpan[] {
  return [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The visible text of the nodes inside `range` (a text node cut by the range keeps its part inside). */
export function textWithin(doc: AdoptersDocument, kids: Kid[], range: Range): string {
  let out = '';
  for (const n of kids) {
    const s = startOf(n);
    const e = endOf(n);
    if (e <= range.start || s >= range.end) continue;
    if (n.type === 'text' && (s < range.start || e > range.end)) {
      // Part of a text node: its source, unescaped (the value drops continuation indents, so offsets differ).
      const raw = doc.source.slice(Math.max(s, range.start), Math.min(e, range.end));
      out += raw.replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/&amp;/g, '&');
    } else out += displayText(n);
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** Reads the name (and website, logo, description) an inline run starts with; undefined when it starts with none. */
export function readInlineFields(
  doc: AdoptersDocument,
  nodes: Kid[],
  options: InlineOptions,
): InlineFields | undefined {
  const kids = nodes.filter((n, j) => !(j === 0 && isBlank(n)));
  const spans: FieldSpan[] = [];
  let i = 0;
  let logo: string | undefined;
  // A logo before the name (`![logo](…) [Acme](…)`): the image and the space after it go together.
  while (kids[i] && (kids[i]!.type === 'image' || isImg(kids[i]!))) {
    const image = kids[i]!;
    let j = i + 1;
    while (kids[j] && isBlank(kids[j]!)) j++;
    const read = logoSpans(doc, image, kids[j] ? startOf(kids[j]!) : endOf(image));
    spans.push(...read.spans);
    logo ??= read.logo;
    i = j;
  }
  const head = readHead(doc, kids, i, Boolean(options.whole));
  if (!head) return undefined;
  spans.push(...head.spans);
  logo ??= head.logo;
  let url = head.url;
  let description: string | undefined;
  let cursor = head.head.end;
  let descriptionEnd = options.end;
  let siteShape = '';
  let trailingSite = false;
  if (!url) {
    const site = siteLink(doc, kids, head.next);
    if (site) {
      spans.push(...site.spans);
      url = site.url;
      const removal = site.spans.find((s) => s.field === 'url')!.remove![0]!;
      if (!doc.source.slice(cursor, removal.start).trim()) {
        // Right after the name (`Acme (https://acme.com): …`): the text starts after it.
        cursor = removal.end;
        siteShape = ' (U)';
      } else if (!doc.source.slice(removal.end, options.end).trim()) {
        descriptionEnd = removal.start;
        trailingSite = true;
      }
    }
  }
  let tailShape = '';
  let contact: string | undefined;
  let manyHandles = false;
  if (!options.whole) {
    const tail = doc.source.slice(cursor, descriptionEnd);
    const sep = separatorOf(tail);
    let text = trimmedRange(doc.source, cursor + sep.length, descriptionEnd);
    // `Acme (uses it for backups)`: the parentheses are the file's, the words the description.
    const parenthesized = doc.source[text.start] === '(' && doc.source[text.end - 1] === ')';
    if (parenthesized) text = { start: text.start + 1, end: text.end - 1 };
    const value = textWithin(doc, kids, text);
    const handles = readContactTail(doc, kids, text, value, { start: cursor, end: text.end + (parenthesized ? 1 : 0) });
    const sepShape = sep
      .replace(/\r?\n/g, '\n')
      .replace(/[ \t]+$/, sep.includes('\n') ? '' : ' ')
      .replace(/^[ \t]+/, ' ');
    if (handles?.kind === 'one') {
      spans.push(...handles.spans);
      contact = handles.contact;
      tailShape = `${sepShape}${parenthesized ? '(C)' : value.replace(/@[\w.-]+/, 'C')}`;
    } else if (handles) manyHandles = true;
    else if (/\p{L}{2}/u.test(value)) {
      description = value;
      // A site link in the middle of the text belongs to the description: rewriting one rewrites both.
      const inside = (s: FieldSpan) => s.start >= text.start && s.end <= text.end;
      for (let k = spans.length - 1; k >= 0; k--) if (inside(spans[k]!)) spans.splice(k, 1);
      spans.push({
        field: 'description',
        ...text,
        context: options.context,
        remove: [{ start: cursor, end: text.end + (parenthesized ? 1 : 0) }],
      });
      tailShape = `${sepShape}${parenthesized ? '(D)' : 'D'}`;
    }
    if (trailingSite) tailShape += ' U';
  }
  const headText = doc.source.slice(head.head.start, head.head.end);
  const shape = shapeOf(headText, head.head.start, head.spans) + siteShape + tailShape;
  return {
    name: head.name,
    style: head.style,
    nameLike: isNameLike(head.name, head.style),
    head: head.head,
    spans: sortSpans(spans),
    url,
    logo,
    description,
    contact,
    malformed: head.malformed || manyHandles,
    reference: head.reference,
    shape,
  };
}

const TOKEN: Partial<Record<FieldSpan['field'], string>> = { name: 'N', url: 'U', 'url-text': 'U', logo: 'L' };

/** The text with each value span replaced by its placeholder letter. */
function shapeOf(text: string, offset: number, spans: FieldSpan[]): string {
  let out = '';
  let at = 0;
  for (const s of sortSpans(spans)) {
    const start = s.start - offset;
    if (start < at || s.end - offset > text.length) continue;
    // A reference `][12]` reads as the inline link the bot writes instead.
    out += text.slice(at, start) + (s.context === 'reference-destination' ? '](U)' : (TOKEN[s.field] ?? ''));
    at = s.end - offset;
  }
  return (out + text.slice(at)).replace(/\s+/g, ' ');
}
