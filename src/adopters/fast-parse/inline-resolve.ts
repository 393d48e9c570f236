import type { PhrasingContent } from 'mdast';
import { type Fragment, Unsupported } from './inline-scan.js';

// GFM turns bare `www.…` and `scheme://…` in text into links (autolink literals); link text is exempt.
const LITERAL_AUTOLINK = /www\.|:\/\//i;

/**
 * Turns fragments into phrasing nodes: pairs emphasis runs and merges neighbouring text. Only the plain
 * case is read: runs that can only open followed by one that can only close, same character, same
 * length (1 or 2), nothing nested. CommonMark's full delimiter algorithm (rule of three, partial
 * matches, runs that both open and close) is left to micromark by refusing.
 */
export function resolveFragments(fragments: Fragment[], inLink: boolean): PhrasingContent[] {
  const out: Fragment[] = [];
  let opener: (Fragment & { kind: 'delim' }) | undefined;
  let inner: Fragment[] = [];
  for (const f of fragments) {
    if (f.kind !== 'delim') {
      (opener ? inner : out).push(f);
      continue;
    }
    if (f.size > 2 || f.open === f.close) throw new Unsupported();
    if (f.open) {
      if (opener) throw new Unsupported();
      opener = f;
      inner = [];
      continue;
    }
    if (!opener || opener.char !== f.char || opener.size !== f.size || inner.length === 0) throw new Unsupported();
    const children = merge(inner, inLink);
    const position = { start: opener.start, end: f.end };
    const node: PhrasingContent =
      f.size === 2 ? { type: 'strong', children, position } : { type: 'emphasis', children, position };
    out.push({ kind: 'node', node });
    opener = undefined;
  }
  if (opener) throw new Unsupported();
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
