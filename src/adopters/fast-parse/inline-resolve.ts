import type { PhrasingContent } from 'mdast';
import { type Fragment, Unsupported } from './inline-scan.js';

// GFM turns bare `www.…` and `scheme://…` in text into links (autolink literals); link text is exempt.
const LITERAL_AUTOLINK = /www\.|:\/\//i;

/**
 * Turns fragments into phrasing nodes: pairs emphasis runs and merges neighbouring text. Only the plain
 * case is read: each run can either only open or only close, and each closing run matches the last
 * open one exactly (same character, same length, 1 or 2), so runs nest like brackets (`**_Name_**`).
 * Then CommonMark's delimiter algorithm pairs them the same way; what needs the rest of it (the rule of
 * three, partial matches, runs that both open and close, unmatched runs) is left to micromark.
 */
export function resolveFragments(fragments: Fragment[], inLink: boolean): PhrasingContent[] {
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
    const children = merge(out, inLink);
    const position = { start: top.opener.start, end: f.end };
    const node: PhrasingContent =
      f.size === 2 ? { type: 'strong', children, position } : { type: 'emphasis', children, position };
    out = top.outer;
    out.push({ kind: 'node', node });
  }
  if (stack.length > 0) throw new Unsupported();
  return merge(out, inLink);
}

function merge(fragments: Fragment[], inLink: boolean): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const f of fragments) {
    if (f.kind === 'node') out.push(f.node);
    else if (f.kind === 'text') {
      out.push({ type: 'text', value: f.value, position: { start: f.start, end: f.end } });
    }
  }
  const merged = mergeText(out);
  if (!inLink && merged.some((n) => n.type === 'text' && LITERAL_AUTOLINK.test(n.value))) throw new Unsupported();
  return merged;
}

/** Adjacent text nodes become one, spanning both (mdast-util-from-markdown does the same). */
function mergeText(nodes: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (node.type === 'text' && last?.type === 'text') {
      last.value += node.value;
      last.position = { start: last.position!.start, end: node.position!.end };
    } else out.push(node);
  }
  return out;
}
