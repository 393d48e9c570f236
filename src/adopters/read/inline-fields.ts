import { type AdoptersDocument, endOf, startOf } from '../document.js';
import { type NameStyle, isNameLike } from '../entry-traits.js';
import { displayText } from '../inline.js';

import type { FieldSpan, Range } from '../model.js';
import { readContactTail } from './contact-tail.js';
import {
  type Kid,
  insideWrappers,
  isBlank,
  isImg,
  logoSpans,
  sortSpans,
  textWithin,
  trimmedRange,
} from './inline-spans.js';
import { readHead } from './name-head.js';
import { leadingSite, siteHead, siteLink } from './site-link.js';

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
  /** Stray emphasis markers around the name (`**_[Name](url)**`): readable, never copied. */
  malformed: boolean;
  /** Followed by several people's handles: valid, but a new entry must not copy them. */
  copyable: boolean;
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

/** `' - '`, `' -- '`, `': '`, `' '`, a line break (`'  \n'`, `'<br>\n'`, `'\n\n'`), or `''` when nothing follows. */
export function separatorOf(tail: string): string {
  // A line break may carry its own mark: `[Acme](…)` then `: what it does` (a definition list).
  const m =
    /^(?:[ \t]*(?:<br\s*\/?>|\\)?[ \t]*\r?\n(?:[ \t]*\r?\n)*[ \t]*(?:[-–—:][ \t]+)?|[ \t]*(?:--|[-–—:|,])[ \t]*|[ \t]+)/.exec(
      tail,
    );
  return m ? m[0] : '';
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
  // `https://acme.com - **Acme** (what for)`: the site first, then the name.
  let lead = options.whole ? undefined : leadingSite(doc, kids, i);
  let head = readHead(doc, kids, lead?.next ?? i, Boolean(options.whole));
  if (lead && (!head || head.url || !isNameLike(head.name, head.style))) {
    lead = undefined;
    head = readHead(doc, kids, i, Boolean(options.whole));
  }
  // `* https://acme.com`: no name but the address, which names the entry.
  if (!head && !options.whole) head = siteHead(doc, kids, i);
  if (!head) return undefined;
  spans.push(...head.spans, ...(lead?.spans ?? []));
  logo ??= head.logo;
  let url = head.url ?? lead?.url;
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
      const between = doc.source.slice(cursor, removal.start);
      if (!between.trim()) {
        // Right after the name (`Acme (https://acme.com): …`): the text starts after it.
        cursor = removal.end;
        siteShape = ' (U)';
      } else if (!between.includes('\n') && separatorOf(between) === between) {
        // After the name's separator (`Acme - https://acme.com (what for)`): the site, then the text.
        cursor = removal.end;
        siteShape = ` ${between.trim()} U`;
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
    // `*"What we do with it."*`: the emphasis and quotes around the words are the file's too.
    const outer = text;
    const wrapped = insideWrappers(doc, kids, text);
    text = wrapped.range;
    const [before, after] = [doc.source.slice(outer.start, text.start), doc.source.slice(text.end, outer.end)];
    const tailEnd = outer.end + (parenthesized ? 1 : 0);
    const value = textWithin(doc, wrapped.kids, text);
    const handles = readContactTail(doc, kids, outer, value, { start: cursor, end: tailEnd });
    const sepShape = sep
      .replace(/\r?\n/g, '\n')
      .replace(/[ \t]+$/, sep.includes('\n') ? '' : ' ')
      .replace(/^[ \t]+/, ' ');
    // The text after the separator holds one field; without a value it goes with its separator.
    const tailSpan = (field: 'description' | 'other', token: string) => {
      spans.push({ field, ...text, context: options.context, remove: [{ start: cursor, end: tailEnd }] });
      const wrappedToken = `${before}${token}${after}`;
      tailShape = `${sepShape}${parenthesized ? `(${wrappedToken})` : wrappedToken}`;
    };
    if (handles?.kind === 'one') {
      spans.push(...handles.spans);
      contact = handles.contact;
      tailShape = `${sepShape}${parenthesized ? '(C)' : value.replace(/@[\w.-]+/, 'C')}`;
    } else if (handles) manyHandles = true;
    else if (isSideLink(kids, outer)) {
      // `[Fider](https://fider.io/) ([source](https://github.com/…))`: a link to the adopter's code or story,
      // this entry's own, which a new entry must not copy.
      tailSpan('other', 'O');
    } else if (/\p{L}{2}/u.test(value)) {
      description = value;
      // A site link in the middle of the text belongs to the description: rewriting one rewrites both.
      const inside = (s: FieldSpan) => s.start >= text.start && s.end <= text.end;
      for (let k = spans.length - 1; k >= 0; k--) if (inside(spans[k]!)) spans.splice(k, 1);
      tailSpan('description', 'D');
    } else if (/\d/.test(value)) {
      // `[Acme](…), 2018-08-11`: a date or a count of this entry's own, which a new entry must not copy.
      tailSpan('other', 'O');
    }
    if (trailingSite) tailShape += ' U';
  } else if (head.url !== undefined) {
    // `## [Alenka](…) - SQL engine for CUDA`: words after a linked name in a heading or a name cell are
    // this entry's own tag line, which a new entry must not copy.
    const tail = trimmedRange(doc.source, cursor, descriptionEnd);
    if (/\p{L}{2}/u.test(doc.source.slice(tail.start, tail.end))) {
      spans.push({ field: 'other', ...tail, context: options.context, remove: [{ start: cursor, end: tail.end }] });
      tailShape = ' O';
    }
  }
  const headText = doc.source.slice(head.head.start, head.head.end);
  const shape = (lead?.shape ?? '') + shapeOf(headText, head.head.start, head.spans) + siteShape + tailShape;
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
    malformed: head.malformed,
    copyable: !manyHandles,
    reference: head.reference,
    shape,
  };
}

/** What a link beside an adopter's own says when it points at its code, its story or a demo. */
const SIDE_LINK_TEXT =
  /^(?:source(?:\s+code)?|code|repo(?:sitory)?|github|gitlab|demo|docs?|documentation|blog(?:\s+post)?|case\s+study|story|video|talk|article|slides)$/i;

/** The text after the name is one link, and its words name the adopter's code or story, not what it does. */
function isSideLink(kids: Kid[], text: Range): boolean {
  const inside = kids.filter((n) => startOf(n) >= text.start && endOf(n) <= text.end && !isBlank(n));
  const only = inside.length === 1 ? inside[0]! : undefined;
  return (
    only?.type === 'link' &&
    startOf(only) === text.start &&
    endOf(only) === text.end &&
    SIDE_LINK_TEXT.test(displayText(only).trim())
  );
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
