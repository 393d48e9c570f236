import { domainToUnicode } from 'node:url';
import { parse as parseDomain } from 'tldts';
import { findForbiddenCodePoints, trimCharacters } from './code-points.js';
import { findSpoofingLabel } from './confusables.js';

/** Longest URL accepted, in characters (browsers and link checkers handle this much everywhere). */
export const URL_MAX_LENGTH = 2048;

export interface UrlRuleOptions {
  /**
   * Accept `http:` too. For links already in a file (the link checker, `lint`), never for a
   * submission (THREATS.md rule 6): `validateSubmission` does not set it.
   */
  allowHttp?: boolean;
  /**
   * Accept the reserved test TLDs `.example`, `.test` and `.invalid` (RFC 2606) as if they were public
   * suffixes. For tests, fixtures and the CLI's `add` on made-up data; off for real submissions.
   */
  allowReservedTestDomains?: boolean;
}

export type UrlCheck = { ok: true; url: string } | { ok: false; message: string };

const TEST_TLDS = new Set(['example', 'test', 'invalid']);
/** Names that never reach an organization's public site (RFC 6761, 6762, 7686, 8375, ICANN's `.internal`). */
const PRIVATE_TLDS = new Set(['localhost', 'local', 'internal', 'onion', 'alt', 'lan', 'home', 'corp', 'intranet']);

/**
 * Checks a URL someone typed (THREATS.md rule 6) and returns it normalized: WHATWG-parsed; `https:`
 * (or `http:` if allowed); no user name or password; no port but the default; a host name, not an IP
 * address in any notation (WHATWG turns `2130706433`, `0x7f.1` or `0177.0.0.1` into dotted IPv4 before
 * we look); at least two labels ending in a known public suffix (ICANN or private, so
 * `user.github.io` counts but `github.io` alone does not); no reserved or private-use TLD; no label
 * mixing Latin with look-alike letters. The text must round-trip: it must equal what WHATWG re-serializes,
 * allowing only a lower-case scheme and host, a host typed in Unicode (returned as punycode), non-ASCII
 * path characters (returned percent-encoded), an explicit default port (dropped) and a missing `/`
 * after the host (added before a query; a bare `https://acme.com` is returned as typed, without it).
 * Anything else a parser would rewrite (backslashes, `..` segments, empty user info, encoded host bytes) is refused: two
 * programs must never read two different addresses in one string.
 */
export function checkUrl(raw: string, options: UrlRuleOptions = {}): UrlCheck {
  const typed = trimCharacters(raw, ' \t');
  const fail = (message: string): UrlCheck => ({ ok: false, message });
  if (typed.length > URL_MAX_LENGTH) return fail(`is ${typed.length} characters long; the limit is ${URL_MAX_LENGTH}.`);
  const [invisible] = findForbiddenCodePoints(typed);
  if (invisible !== undefined) return fail(invisible);
  if (/\s/u.test(typed)) return fail('contains a space; a web address has none — copy it from your browser.');

  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(typed)?.[1]?.toLowerCase();
  const allowed = options.allowHttp ? ['https', 'http'] : ['https'];
  if (scheme === undefined)
    return fail('must be a full web address starting with https:// (for example https://example.org).');
  if (!allowed.includes(scheme)) {
    if (scheme === 'http') return fail('uses http://; give the https:// address of the site.');
    const shown = scheme.length <= 20 ? ` '${scheme}:'` : '';
    return fail(`uses the${shown} scheme; only https:// web addresses are accepted.`);
  }
  if (typed.includes('\\')) return fail("contains a backslash ('\\'); use '/' in web addresses.");
  const parts = /^[A-Za-z0-9+.-]+:\/\/([^/?#]*)(.*)$/s.exec(typed);
  if (parts === null) return fail(`must start with '${scheme}://' (with two slashes).`);
  const authority = parts[1] ?? '';
  const rest = parts[2] ?? '';
  if (authority.includes('@'))
    return fail("contains a user name or password (text before '@' in the address); remove it.");

  let url: URL;
  try {
    url = new URL(typed);
  } catch {
    return fail('is not a valid web address; copy it from your browser.');
  }
  if (url.port !== '') return fail(`uses port ${url.port}; only the standard port is allowed — remove ':${url.port}'.`);

  const hostProblem = checkHostname(url.hostname, options);
  if (hostProblem !== undefined) return fail(hostProblem);

  if (canonicalText(scheme, authority, rest, url) !== url.href) {
    return fail(
      "is not written the way browsers read it (for example it has '..' segments or encoded characters in the host); copy the address from your browser.",
    );
  }
  // A bare host stays as typed: `https://acme.com` is how adopters files write it.
  return { ok: true, url: rest === '' ? url.href.slice(0, -1) : url.href };
}

function checkHostname(hostname: string, options: UrlRuleOptions): string | undefined {
  const useName = "use the organization's domain name";
  if (hostname.startsWith('[') || /^\d+(?:\.\d+){3}$/.test(hostname) || parseDomain(hostname).isIp) {
    return `uses an IP address; ${useName}.`;
  }
  if (hostname.endsWith('.')) return 'ends with a dot after the domain name; remove it.';
  const labels = hostname.split('.');
  if (labels.some((label) => label === '')) return 'has an empty part in the domain name (two dots in a row).';
  const tld = labels[labels.length - 1] ?? '';
  if (labels.length < 2) return `has no domain (a single name such as 'localhost' or 'intranet'); ${useName}.`;
  if (PRIVATE_TLDS.has(tld) || hostname.endsWith('.home.arpa')) {
    return `uses the private or reserved domain '.${tld === 'arpa' ? 'home.arpa' : tld}', which is not reachable on the internet; ${useName}.`;
  }
  const testDomain = options.allowReservedTestDomains === true && TEST_TLDS.has(tld);
  if (TEST_TLDS.has(tld) && !testDomain) return `uses the reserved test domain '.${tld}'; ${useName}.`;
  if (!testDomain) {
    const domain = parseDomain(hostname, { allowPrivateDomains: true });
    if (!domain.isIcann && !domain.isPrivate) {
      return 'does not end in a known public domain suffix (such as .com, .org or .de); check the address.';
    }
    if (domain.domain === null) return `is a public domain suffix, not a site; ${useName}.`;
  }
  const spoof = findSpoofingLabel(hostname);
  if (spoof?.kind === 'mixed') {
    return `mixes ${spoof.scripts.join(' and ')} letters in one part of the domain name, a trick used to imitate other sites; check the address.`;
  }
  if (spoof?.kind === 'whole-script') {
    return `is written in ${spoof.script} letters that imitate Latin ones, a trick used to imitate other sites; check the address.`;
  }
  return undefined;
}

/**
 * What WHATWG should serialize `scheme://authority rest` to if nothing was rewritten: lower-case
 * scheme and ASCII host, a Unicode host replaced by its punycode when it was typed in canonical form,
 * the default port dropped, the empty path written `/`, non-ASCII path characters percent-encoded.
 * Undefined when the typed host
 * is not the canonical spelling of the parsed one.
 */
function canonicalText(scheme: string, authority: string, rest: string, url: URL): string | undefined {
  const defaultPort = scheme === 'https' ? ':443' : ':80';
  const host = authority.endsWith(defaultPort) ? authority.slice(0, -defaultPort.length) : authority;
  const lower = host.toLowerCase();
  let canonicalHost = lower;
  if (!/^[ -~]*$/.test(lower)) {
    if (lower.normalize('NFC') !== domainToUnicode(url.hostname)) return undefined;
    canonicalHost = url.hostname;
  }
  const encodedRest = rest.replace(/[^ -~]/gu, (char) => encodeURIComponent(char));
  const path = encodedRest.startsWith('/') ? encodedRest : `/${encodedRest}`;
  return `${scheme}://${canonicalHost}${path}`;
}
