import type { PhrasingContent } from 'mdast';
import { type Fragment, Unsupported } from './inline-scan.js';
import { type Lines, pointAt } from './lines.js';

// GFM turns bare `www.…` and `scheme://…` in text into links (autolink literals); link text is exempt.
const LITERAL_AUTOLINK = /www\.|:\/\//i;

/**
 * Turns fragments into phrasing nodes: pairs emphasis runs and merges neighbouring text. Only the plain
 * case is read: each run can either only open or only close, and each closing run matches the last
 * open one exactly (same character, same length, 1 or 2), so runs nest like brackets (`**_Name_**`).
 * Then CommonMark's delimiter algorithm pairs them the same way; what needs the rest of it (the rule of
 * three, partial matches, runs that both open and close, unmatched runs) is left to micromark.
 */
export function resolveFragments(fragments: Fragment[], inLink: boolean, lines: Lines): PhrasingContent[] {
  const stack: { opener: Fragment & { kind: 'delim' }; outer: Fragment[] }[] = [];
  let out: Fragment[] = [];
  for (const f of fragments) {
    if (f.kind !== 'delim') {
      out.push(f);
      continue;
    }
    if (f.size > 2 || f.open === f.close) throw new Unsupported();
    if (f.open) {
      stack.push({ opener: f, outer: out });
      out = [];
      continue;
    }
    const top = stack.pop();
    if (!top || top.opener.char !== f.char || top.opener.size !== f.size || out.length === 0) throw new Unsupported();
    const children = merge(out, inLink, lines);
    const position = { start: top.opener.start, end: f.end };
    const node: PhrasingContent =
      f.size === 2 ? { type: 'strong', children, position } : { type: 'emphasis', children, position };
    out = top.outer;
    out.push({ kind: 'node', node });
  }
  if (stack.length > 0) throw new Unsupported();
  return merge(out, inLink, lines);
}

/** Phrasing nodes from fragments: runs of text become one text node spanning them all. */
function merge(fragments: Fragment[], inLink: boolean, lines: Lines): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let text: (Fragment & { kind: 'text' }) | undefined;
  const flush = () => {
    if (!text) return;
    if (!inLink && LITERAL_AUTOLINK.test(text.value)) throw new Unsupported();
    const position = { start: pointAt(lines, text.line, text.from), end: pointAt(lines, text.endLine, text.to) };
    out.push({ type: 'text', value: text.value, position });
    text = undefined;
  };
  for (const f of fragments) {
    if (f.kind === 'text') {
      // Fragments are made for one use: the first of a run takes in the ones after it.
      if (text) {
        text.value += f.value;
        text.endLine = f.endLine;
        text.to = f.to;
      } else text = f;
    } else if (f.kind === 'node') {
      flush();
      out.push(f.node);
    }
  }
  flush();
  return out;
}
