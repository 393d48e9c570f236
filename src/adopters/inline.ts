import type { Nodes, PhrasingContent } from 'mdast';
import { type AdoptersDocument, endOf, normalizeLabel, startOf } from './document.js';

/** The text a reader sees: Markdown syntax removed, image alts kept, HTML tags dropped (an <img>'s alt kept). */
export function displayText(node: Nodes | PhrasingContent[]): string {
  if (Array.isArray(node)) return node.map((n) => displayText(n)).join('');
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'image':
    case 'imageReference':
      return node.alt ?? '';
    case 'html':
      return /^<img\b/i.test(node.value) ? (htmlAttribute(node.value, 'alt') ?? '') : '';
    case 'break':
      return ' ';
    default:
      return 'children' in node ? node.children.map((n) => displayText(n as Nodes)).join('') : '';
  }
}

export function htmlAttribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

/** How an entry names its organization, learnt from the entry's first paragraph (or heading, or cell). */
export interface NamePart {
  name: string;
  /** The organization's link, when the name is linked. */
  url?: string;
  linked: boolean;
  /** `[Name][ref]`: the link lives in a definition elsewhere in the file. */
  reference: boolean;
  /** `[Name](<url>)`. */
  angleUrl: boolean;
  /** The name is the alt of an `<img>` inside the link (a logo cell). */
  logo?: { tag: string };
  /** Offsets of the whole name part, wrappers included (`**_[Name](url)_**`). */
  start: number;
  end: number;
  /** Raw text between the name part's start and the name (or link), and between it and the part's end. */
  open: string;
  close: string;
  /** Phrasing content after the name part. */
  rest: PhrasingContent[];
  /** Stray emphasis markers around the name (`**_[Name](url)**`): readable, but never copied. */
  malformed?: boolean;
}

const SEPARATOR = /\s+[-–—]\s+|:\s|:$/;

/** Reads the name an entry starts with; undefined when the content does not start with a name. */
export function readNamePart(doc: AdoptersDocument, children: PhrasingContent[]): NamePart | undefined {
  const kids = children.filter((n, i) => !(i === 0 && n.type === 'text' && n.value.trim() === ''));
  const first = kids[0];
  if (!first) return undefined;
  const rest = kids.slice(1);
  if (first.type === 'link' || first.type === 'linkReference')
    return fromLink(doc, first, startOf(first), endOf(first), rest);
  if (first.type === 'strong' || first.type === 'emphasis') return fromWrapper(doc, first, rest);
  if (first.type === 'html' && /^<a\s/i.test(first.value)) return fromHtmlAnchor(doc, kids);
  if (first.type === 'text') return fromText(doc, first, rest);
  return undefined;
}

function linkTarget(doc: AdoptersDocument, link: PhrasingContent): string | undefined {
  if (link.type === 'link') return link.url;
  if (link.type === 'linkReference') return doc.definitions.get(normalizeLabel(link.identifier));
  return undefined;
}

function fromLink(
  doc: AdoptersDocument,
  link: PhrasingContent,
  start: number,
  end: number,
  rest: PhrasingContent[],
): NamePart {
  const raw = doc.source.slice(startOf(link), endOf(link));
  const children = 'children' in link ? link.children : [];
  const img = children.find((c) => c.type === 'html' && /^<img\b/i.test(c.value));
  return {
    name: displayText(link).trim(),
    url: linkTarget(doc, link),
    linked: true,
    reference: link.type === 'linkReference',
    angleUrl: /\]\(\s*</.test(raw),
    logo: img && img.type === 'html' ? { tag: img.value } : undefined,
    start,
    end,
    open: doc.source.slice(start, startOf(link)),
    close: doc.source.slice(endOf(link), end),
    rest,
  };
}

/** `**_[Name](url)_**`, `**[Name](url)**`, `**Name:**`, `*Name*`. */
function fromWrapper(doc: AdoptersDocument, wrapper: PhrasingContent, rest: PhrasingContent[]): NamePart | undefined {
  let inner: PhrasingContent[] = 'children' in wrapper ? wrapper.children : [];
  while (inner.length === 1 && (inner[0]?.type === 'strong' || inner[0]?.type === 'emphasis')) {
    inner = (inner[0] as { children: PhrasingContent[] }).children;
  }
  const significant = inner.filter((n) => !(n.type === 'text' && /^[\s:]*$/.test(n.value)));
  const start = startOf(wrapper);
  const end = endOf(wrapper);
  const links = significant.filter((n) => n.type === 'link' || n.type === 'linkReference');
  const stray = significant.filter((n) => n.type === 'text' && /^[\s*_]+$/.test(n.value));
  const link = links[0];
  if (links.length === 1 && link && links.length + stray.length === significant.length) {
    return { ...fromLink(doc, link, start, end, rest), malformed: stray.length > 0 || undefined };
  }
  if (!inner.every((n) => n.type === 'text' || n.type === 'inlineCode')) return undefined;
  const text = inner.map((n) => displayText(n)).join('');
  const name = text.replace(/\s*:\s*$/, '').trim();
  if (!name) return undefined;
  const nameStart = startOf(inner[0]!) + (text.length - text.trimStart().length);
  const nameEnd = nameStart + name.length;
  return {
    name,
    linked: false,
    reference: false,
    angleUrl: false,
    start,
    end,
    open: doc.source.slice(start, nameStart),
    close: doc.source.slice(nameEnd, end),
    rest,
  };
}

function fromHtmlAnchor(doc: AdoptersDocument, kids: PhrasingContent[]): NamePart | undefined {
  const close = kids.findIndex((n) => n.type === 'html' && /^<\/a>/i.test(n.value));
  const open = kids[0];
  if (close < 0 || !open || open.type !== 'html') return undefined;
  const inside = kids.slice(1, close);
  const name = displayText(inside).trim();
  if (!name) return undefined;
  return {
    name,
    url: htmlAttribute(open.value, 'href'),
    linked: true,
    reference: false,
    angleUrl: false,
    start: startOf(open),
    end: endOf(kids[close]!),
    open: '',
    close: '',
    rest: kids.slice(close + 1),
  };
}

/** A plain-text name runs to the first separator (`Name: text`, `Name - text`) or to the end of the text. */
function fromText(doc: AdoptersDocument, text: PhrasingContent, rest: PhrasingContent[]): NamePart | undefined {
  if (text.type !== 'text') return undefined;
  const value = text.value;
  const lead = value.length - value.trimStart().length;
  const firstLine = value.slice(lead).split('\n')[0] ?? '';
  const sep = SEPARATOR.exec(firstLine);
  const name = (sep ? firstLine.slice(0, sep.index) : firstLine).trim();
  if (!name) return undefined;
  const start = startOf(text) + lead;
  return {
    name,
    linked: false,
    reference: false,
    angleUrl: false,
    start,
    end: start + name.length,
    open: '',
    close: '',
    rest,
  };
}

const GENERIC_LINK_TEXT =
  /^(?:link|website|web ?site|site|home ?page|here|more|more info(?:rmation)?|read more|details|url|official site|visit|web)$/i;

/** A link whose text says nothing but "link" points at the organization itself (`[link](https://acme.com)`). */
export function isGenericLinkText(text: string): boolean {
  return GENERIC_LINK_TEXT.test(text.trim());
}
