import { type AdoptersDocument, endOf, startOf } from '../document.js';
import { displayText, isGenericLinkText, isUrlText, urlTextForm } from '../inline.js';
import type { FieldSpan } from '../model.js';
import { SHARED_HOSTS } from '../shared-hosts.js';
import { type Kid, isBlank, sortSpans, trimmedRange } from './inline-spans.js';
import type { Head } from './name-head.js';
import { linkParts } from './link-parts.js';

export interface SiteLink {
  spans: FieldSpan[];
  url: string;
  node: Kid;
}

/** A link that shows its own address (`<https://…>`, a bare URL, `[acme.com](…)`), or a generic "link". */
const WEB_ADDRESS = /^https?:\/\//i;

function siteSpans(doc: AdoptersDocument, n: Kid): { spans: FieldSpan[]; url: string } | undefined {
  // A site is a web address: an e-mail address (`jane@acme.com`, linked as `mailto:`) is a person's.
  if (n.type !== 'link' || !WEB_ADDRESS.test(n.url)) return undefined;
  const parts = linkParts(doc, n);
  const text = displayText(n).trim();
  const urlText = parts.kind === 'autolink' || parts.kind === 'bare' || isUrlText(text, n.url);
  if ((!urlText && !isGenericLinkText(text)) || !parts.destination) return undefined;
  const spans: FieldSpan[] = [{ field: 'url', ...parts.destination }];
  if (urlText && parts.kind === 'inline') {
    spans.push({
      field: 'url-text',
      ...trimmedRange(doc.source, parts.text.start, parts.text.end),
      context: 'link-text',
      derive: urlTextForm(text, n.url),
    });
  }
  return { spans, url: n.url };
}

/**
 * The organization's site when the name carries no link: a `[link](…)`, `[acme.com](…)`, `<https://…>`
 * or bare URL among the nodes after the name.
 */
export function siteLink(doc: AdoptersDocument, kids: Kid[], from: number): SiteLink | undefined {
  for (let j = from; j < kids.length; j++) {
    const n = kids[j]!;
    const site = siteSpans(doc, n);
    if (!site) continue;
    let before = startOf(n);
    let after = endOf(n);
    // `(https://acme.com)`, `\\(https://acme.com\\)`: the parentheses go with the link.
    const src = doc.source;
    if (src[before - 1] === '(' && src[after] === ')') [before, after] = [before - 1, after + 1];
    else if (src.slice(before - 2, before) === '\\(' && src.slice(after, after + 2) === '\\)')
      [before, after] = [before - 2, after + 2];
    while (before > 0 && /[ \t]/.test(doc.source[before - 1]!)) before--;
    site.spans[0]!.remove = [{ start: before, end: after }];
    return { spans: sortSpans(site.spans), url: site.url, node: n };
  }
  return undefined;
}

/**
 * An entry that starts with its site, then the name (`- https://acme.com - **Acme** (what for)`): the
 * site's spans, the separator's shape and where the name starts; undefined for any other start.
 */
export function leadingSite(
  doc: AdoptersDocument,
  kids: Kid[],
  i: number,
): (SiteLink & { next: number; shape: string }) | undefined {
  const n = kids[i];
  const between = kids[i + 1];
  if (!n || !between || between.type !== 'text' || !kids[i + 2]) return undefined;
  const site = siteSpans(doc, n);
  if (!site || isGenericLinkText(displayText(n).trim())) return undefined;
  // Only a separator between the site and the name: `https://acme.com - **Acme**`, `https://acme.com **Acme**`.
  const separator = doc.source.slice(endOf(n), startOf(kids[i + 2]!));
  if (!/^[ \t]+(?:(?:--|[-–—:|])[ \t]+)?$/.test(separator) || isBlank(kids[i + 2]!)) return undefined;
  site.spans[0]!.remove = [{ start: startOf(n), end: startOf(kids[i + 2]!) }];
  return {
    ...site,
    spans: sortSpans(site.spans),
    node: n,
    next: i + 2,
    shape: `U ${separator.trim()} `.replace('  ', ' '),
  };
}

/**
 * The name an address alone gives its entry: its host without `www.`, or on a host many share (GitHub,
 * GitLab…) the last part of its path, the project (`https://github.com/acme/pinger` → `pinger`).
 */
export function siteName(url: string): string {
  try {
    const address = new URL(url);
    const host = address.hostname.replace(/^www\./i, '');
    const parts = address.pathname.split('/').filter(Boolean);
    return SHARED_HOSTS.has(host.toLowerCase()) && parts.length ? decodeURIComponent(parts[parts.length - 1]!) : host;
  } catch {
    return url;
  }
}

/**
 * An entry written as its address alone (`* https://acme.com`, `- <https://acme.com/>,`): the site is the
 * entry's name, as `siteName` reads it. A new entry copies it only where its name is the one its own
 * address shows (verify reads it back).
 */
export function siteHead(doc: AdoptersDocument, kids: Kid[], i: number): Head | undefined {
  const n = kids[i];
  if (!n) return undefined;
  const site = siteSpans(doc, n);
  if (!site || isGenericLinkText(displayText(n).trim())) return undefined;
  return {
    name: siteName(site.url),
    style: 'linked',
    head: { start: startOf(n), end: endOf(n) },
    spans: sortSpans(site.spans),
    url: site.url,
    malformed: false,
    reference: false,
    next: i + 1,
  };
}
