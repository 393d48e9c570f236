import { type AdoptersDocument, endOf, normalizeLabel, startOf } from '../document.js';
import { type NameStyle } from '../entry-traits.js';
import { displayText, isGenericLinkText } from '../inline.js';
import type { FieldSpan, Range } from '../model.js';
import { type Kid, isImg, logoSpans, sortSpans, trimmedRange } from './inline-spans.js';
import { attributeSpan, linkParts } from './link-parts.js';

/** The name an inline run starts with: how it is written and where its values sit. */
export interface Head {
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

/** `[Name](url)`, `[<img alt="Name">](url)`, `[Name][ref]` as a name head; undefined for `[link](url)`. */
function fromLink(doc: AdoptersDocument, link: Kid, head: Range, next: number): Head | undefined {
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
      malformed: false,
      reference: false,
      next,
    };
  }
  const text = displayText(link).trim();
  // A link that opens an entry names it, even when the name is the domain (`[amazee.io](https://amazee.io)`);
  // a bare address or a "link" does not.
  if (parts.kind === 'autolink' || parts.kind === 'bare' || isGenericLinkText(text) || /^https?:\/\//i.test(text)) {
    return undefined;
  }
  // `[Acme:](https://acme.com) what it does`: the colon is the file's separator, written inside the link.
  let range = trimmedRange(doc.source, parts.text.start, parts.text.end);
  // `[**Acme**](…)`: the emphasis is the file's, the words inside it the name.
  let inner: Kid = link;
  while ('children' in inner && inner.children.length === 1 && ['strong', 'emphasis'].includes(inner.children[0]!.type))
    inner = inner.children[0]!;
  if (inner !== link && 'children' in inner && inner.children.length)
    range = { start: startOf(inner.children[0]!), end: endOf(inner.children[inner.children.length - 1]!) };
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
    malformed: false,
    reference: parts.kind === 'reference',
    next,
  };
}

/** `**_[Name](url)_**`, `**[Name](url)**`, `**Name:**`, `*Name*`. */
function fromWrapper(doc: AdoptersDocument, wrapper: Kid, next: number): Head | undefined {
  let inner: Kid[] = 'children' in wrapper ? wrapper.children : [];
  while (inner.length === 1 && (inner[0]!.type === 'strong' || inner[0]!.type === 'emphasis')) {
    inner = (inner[0] as { children: Kid[] }).children;
  }
  const head = { start: startOf(wrapper), end: endOf(wrapper) };
  const significant = inner.filter((n) => !(n.type === 'text' && /^[\s:]*$/.test(n.value)));
  const links = significant.filter((n) => n.type === 'link' || n.type === 'linkReference');
  const stray = significant.filter((n) => n.type === 'text' && /^[\s*_]+$/.test(n.value));
  if (links.length === 1 && links.length + stray.length === significant.length) {
    const read = fromLink(doc, links[0]!, head, next);
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
    next,
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

export function readHead(doc: AdoptersDocument, kids: Kid[], i: number, whole: boolean): Head | undefined {
  const node = kids[i];
  if (!node) return undefined;
  if (node.type === 'link' || node.type === 'linkReference') {
    return fromLink(doc, node, { start: startOf(node), end: endOf(node) }, i + 1);
  }
  if (node.type === 'strong' || node.type === 'emphasis') {
    return fromWrapper(doc, node, i + 1);
  }
  if (node.type === 'html') return fromAnchor(doc, kids, i);
  return fromText(doc, kids, i, whole);
}
