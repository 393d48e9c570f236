import type { Link, PhrasingContent } from 'mdast';
import type { Point } from 'unist';
import { resolveFragments } from './inline-resolve.js';
import { type Lines, pointAt } from './lines.js';

/**
 * One piece of inline content before emphasis is resolved: literal text (merged with its neighbours into
 * one text node later, as mdast-util-from-markdown merges character data), a finished node, or a run of
 * `*`/`_` that may open or close emphasis.
 */
export type Fragment =
  | { kind: 'text'; value: string; line: number; from: number; endLine: number; to: number }
  | { kind: 'node'; node: PhrasingContent }
  | { kind: 'delim'; char: number; size: number; open: boolean; close: boolean; start: Point; end: Point };

/** Thrown inside the scanner when the content holds anything it does not read exactly as micromark does. */
export class Unsupported extends Error {}

const BACKSLASH = 92;
const BACKTICK = 96;
const STAR = 42;
const UNDERSCORE = 95;
const isAsciiPunctuation = (c: number) =>
  (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
// Characters that start inline syntax: text runs stop before them. `~` (strikethrough), `@` (GFM email
// literals) and `]` outside a link are never read here, only refused.
const SPECIAL = new Uint8Array(128);
for (const c of '\\`*_[]!<&~@') SPECIAL[c.charCodeAt(0)] = 1;
// What may be a character reference (`&amp;`, `&#35;`, `&#x23;`): micromark decodes the valid ones.
const REFERENCE = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/;
const AUTOLINK = /^<(https?:\/\/[\x21-\x25\x27-\x3b\x3d\x3f-\x5b\x5d-\x7e]*)>/;
const BREAK_TAG = /^<br ?\/?>/;

export interface Scan {
  lines: Lines;
  line: number;
  /** The piece's bounds: emphasis runs treat what lies beyond them as whitespace, like a text start. */
  from: number;
  to: number;
}

/** Splits [a, b) of one line into fragments; `inLink` when reading a link's text. */
export function scanRange(scan: Scan, a: number, b: number, inLink: boolean, out: Fragment[]): void {
  const { lines, line } = scan;
  const src = lines.source;
  const text = (value: string, s: number, e: number) => {
    out.push({ kind: 'text', value, line, from: s, endLine: line, to: e });
  };
  let k = a;
  while (k < b) {
    let s = k;
    for (let c = src.charCodeAt(s); s < b && (c > 127 || SPECIAL[c] === 0); c = src.charCodeAt(++s));
    if (s > k) {
      text(src.slice(k, s), k, s);
      k = s;
      continue;
    }
    const c = src.charCodeAt(k);
    if (c === BACKSLASH) {
      const next = src.charCodeAt(k + 1);
      if (k + 1 >= b) throw new Unsupported(); // a hard break, or a backslash left at the end
      if (isAsciiPunctuation(next)) text(src[k + 1]!, k, k + 2);
      else text('\\', k, k + 1);
      k += isAsciiPunctuation(next) ? 2 : 1;
    } else if (c === BACKTICK) k = codeSpan(scan, k, b, out);
    else if (c === STAR || c === UNDERSCORE) k = delimiterRun(scan, k, c, out);
    else if (c === 91 && !inLink) k = link(scan, k, b, out);
    else if ((c === 33 && src.charCodeAt(k + 1) !== 91) || (c === 38 && !REFERENCE.test(src.slice(k, k + 40)))) {
      // `!` not before `[` (an image) and `&` that does not start a character reference are plain text.
      text(src[k]!, k, k + 1);
      k += 1;
    } else if (c === 60 && !inLink) k = angle(scan, k, b, out);
    else throw new Unsupported();
  }
}

function codeSpan(scan: Scan, k: number, b: number, out: Fragment[]): number {
  const src = scan.lines.source;
  let n = 0;
  while (src.charCodeAt(k + n) === BACKTICK) n++;
  let j = k + n;
  for (;;) {
    j = src.indexOf('`', j);
    if (j === -1 || j >= b) throw new Unsupported(); // literal backticks or a span across lines
    let m = 0;
    while (src.charCodeAt(j + m) === BACKTICK) m++;
    if (j + m > b) throw new Unsupported();
    if (m === n) break;
    j += m;
  }
  let value = src.slice(k + n, j);
  if (value.length > 1 && value.startsWith(' ') && value.endsWith(' ') && value.trim() !== '')
    value = value.slice(1, -1);
  const { lines, line } = scan;
  const position = { start: pointAt(lines, line, k), end: pointAt(lines, line, j + n) };
  out.push({ kind: 'node', node: { type: 'inlineCode', value, position } });
  return j + n;
}

type Kind = 'space' | 'punct' | 'other';
function classify(c: number): Kind {
  if (c === -1 || c === 32 || c === 9) return 'space';
  if (c > 126) throw new Unsupported(); // Unicode whitespace and punctuation: left to micromark
  return isAsciiPunctuation(c) ? 'punct' : 'other';
}

/** A maximal run of `*` or `_`, with CommonMark's left- and right-flanking rules. */
function delimiterRun(scan: Scan, k: number, c: number, out: Fragment[]): number {
  const src = scan.lines.source;
  let e = k;
  while (src.charCodeAt(e) === c) e++;
  const before = classify(k > scan.from ? src.charCodeAt(k - 1) : -1);
  const after = classify(e < scan.to ? src.charCodeAt(e) : -1);
  const left = after !== 'space' && (after !== 'punct' || before !== 'other');
  const right = before !== 'space' && (before !== 'punct' || after !== 'other');
  const open = c === STAR ? left : left && (!right || before === 'punct');
  const close = c === STAR ? right : right && (!left || after === 'punct');
  const { lines, line } = scan;
  const start = pointAt(lines, line, k);
  out.push({ kind: 'delim', char: c, size: e - k, open, close, start, end: pointAt(lines, line, e) });
  return e;
}

/** `[text](destination)` on one line, with no title; anything else is refused. */
function link(scan: Scan, k: number, b: number, out: Fragment[]): number {
  const src = scan.lines.source;
  let j = k + 1;
  if (src.charCodeAt(j) === 94) throw new Unsupported(); // `[^…]`: a footnote call
  while (j < b) {
    const c = src.charCodeAt(j);
    if (c === 93) break;
    if (c === 91 || c === 60) throw new Unsupported();
    if (c === BACKSLASH) j += 2;
    else if (c === BACKTICK) {
      const skip: Fragment[] = [];
      j = codeSpan(scan, j, b, skip);
    } else j++;
  }
  if (j >= b || src.charCodeAt(j + 1) !== 40) throw new Unsupported();
  const dest = destination(src, j + 2, b);
  const children: Fragment[] = [];
  scanRange(scan, k + 1, j, true, children);
  const { lines, line } = scan;
  const position = { start: pointAt(lines, line, k), end: pointAt(lines, line, dest.end) };
  const node: Link = {
    type: 'link',
    title: null,
    url: dest.url,
    children: resolveFragments(children, true, lines),
    position,
  };
  out.push({ kind: 'node', node });
  return dest.end;
}

/** The destination of an inline link without a title: `(url)`, `(<url>)`, `( url )`, `()`. */
function destination(src: string, k: number, b: number): { url: string; end: number } {
  while (src.charCodeAt(k) === 32) k++;
  let url: string;
  if (src.charCodeAt(k) === 60) {
    const close = src.indexOf('>', k);
    if (close === -1 || close >= b) throw new Unsupported();
    url = src.slice(k + 1, close);
    if (/[^ -~]|[<\\&]/.test(url)) throw new Unsupported();
    k = close + 1;
  } else {
    let depth = 0;
    const s = k;
    for (; k < b; k++) {
      const c = src.charCodeAt(k);
      if (c === 40) depth++;
      else if (c === 41 && depth-- === 0) break;
      else if (c <= 32 || c > 126 || c === BACKSLASH || c === 38 || c === 60) break;
    }
    if (depth > 0) throw new Unsupported();
    url = src.slice(s, k);
  }
  while (src.charCodeAt(k) === 32) k++;
  if (k >= b || src.charCodeAt(k) !== 41) throw new Unsupported(); // a title, or something else
  return { url, end: k + 1 };
}

/** `<https://…>` autolinks and `<br>` tags; other HTML and autolinks are refused. */
function angle(scan: Scan, k: number, b: number, out: Fragment[]): number {
  const { lines, line } = scan;
  const rest = lines.source.slice(k, b);
  const auto = AUTOLINK.exec(rest);
  if (auto) {
    const url = auto[1]!;
    const end = k + auto[0].length;
    const inner = { start: pointAt(lines, line, k + 1), end: pointAt(lines, line, end - 1) };
    const position = { start: pointAt(lines, line, k), end: pointAt(lines, line, end) };
    const children: PhrasingContent[] = [{ type: 'text', value: url, position: inner }];
    out.push({ kind: 'node', node: { type: 'link', title: null, url, children, position } });
    return end;
  }
  const tag = BREAK_TAG.exec(rest);
  if (!tag) throw new Unsupported();
  const end = k + tag[0].length;
  const position = { start: pointAt(lines, line, k), end: pointAt(lines, line, end) };
  out.push({ kind: 'node', node: { type: 'html', value: tag[0], position } });
  return end;
}
