import type { Nodes, PhrasingContent } from 'mdast';

/** The text a reader sees: Markdown syntax removed, image alts kept, HTML tags dropped (an <img>'s alt kept). */
export function displayText(node: Nodes | PhrasingContent[]): string {
  if (Array.isArray(node)) return textOf(node);
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
      return 'children' in node ? textOf(node.children as Nodes[]) : '';
  }
}

/** The nodes' texts joined; concatenated in a loop, as a table of 10,000 rows asks this of every cell. */
function textOf(nodes: readonly Nodes[]): string {
  if (nodes.length === 1) return displayText(nodes[0]!);
  let text = '';
  for (const n of nodes) text += displayText(n);
  return text;
}

export function htmlAttribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>"']+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

const GENERIC_LINK_TEXT =
  /^(?:link|links|website|web ?site|site|home ?page|here|more|more info(?:rmation)?|read more|details|url|official site|visit|web)$/i;

/** A link whose text says nothing but "link" points at the organization itself (`[link](https://acme.com)`). */
export function isGenericLinkText(text: string): boolean {
  return GENERIC_LINK_TEXT.test(text.trim());
}

/** `https://www.acme.com/x/` → `acme.com/x`, the forms a link text uses to show its own address. */
function addressForms(url: string): string[] {
  const bare = url.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  const noSlash = bare.replace(/\/+$/, '');
  const host = noSlash.split(/[/?#]/)[0] ?? '';
  return [url.trim(), bare, noSlash, host, host.replace(/^www\./i, ''), noSlash.replace(/^www\./i, '')].map((s) =>
    s.toLowerCase(),
  );
}

/** Does a link's text show its own address (`[acme.com](https://www.acme.com/)`, `[https://acme.com](…)`)? */
export function isUrlText(text: string, url: string | undefined): boolean {
  if (!url) return false;
  const t = text.trim().toLowerCase().replace(/\/+$/, '');
  if (!t || /\s/.test(t)) return false;
  return addressForms(url).some((form) => form.replace(/\/+$/, '') === t);
}

/** How a URL-showing text is written, so a new URL can be shown the same way. */
export function urlTextForm(text: string, url: string): 'as-is' | 'host' | 'host-www' | 'host-path' {
  const t = text.trim().toLowerCase().replace(/\/+$/, '');
  const [full, bare, , host] = addressForms(url);
  if (t === full?.replace(/\/+$/, '') || (t.includes('://') && t === url.toLowerCase())) return 'as-is';
  if (t === host) return /^www\./.test(t) ? 'host-www' : 'host';
  if (t === host?.replace(/^www\./, '')) return 'host';
  if (t === bare?.replace(/\/+$/, '') || t.includes('/')) return 'host-path';
  return 'host';
}

/** The text a derived span shows for a URL (or a handle's profile). */
export function deriveText(
  form: 'as-is' | 'host' | 'host-www' | 'host-path' | 'github-profile',
  value: string,
): string {
  if (form === 'github-profile') return `https://github.com/${value}`;
  if (form === 'as-is') return value;
  const bare = value.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/\/+$/, '');
  const host = bare.split(/[/?#]/)[0] ?? bare;
  if (form === 'host-www') return host;
  if (form === 'host') return host.replace(/^www\./i, '');
  return bare.replace(/^www\./i, '');
}

/** Letters and digits only, lower case: `Polar Signals` and `polarsignals.com` share `polarsignals`. */
export const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
