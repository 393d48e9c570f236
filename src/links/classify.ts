import { parse as parseDomain } from 'tldts';
import type { LinkResult, LinkStatus, LinkTarget } from './types.js';

/**
 * Pure policy: what a written destination points at, and what an HTTP answer or a network error
 * means for the link. The fetch adapter reports facts; the verdicts are decided here.
 */

// Schemes a browser follows that are not web pages; never fetched, never failures.
const OTHER_SCHEMES = new Set(['mailto', 'tel', 'sms', 'ftp', 'ftps', 'sftp', 'irc', 'ircs', 'xmpp', 'news', 'git']);
// Extensions that make `README.md` or `logo.png` a file name rather than a domain typed without a scheme.
const FILE_EXTENSIONS = new Set(['md', 'markdown', 'png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'yml', 'yaml', 'json']);
const MAX_URL_LENGTH = 2048;

export function classifyTarget(raw: string): LinkTarget {
  const written = raw.trim();
  if (written === '') return { kind: 'skipped', reason: 'empty destination' };
  if (written.length > MAX_URL_LENGTH) return { kind: 'malformed', reason: `longer than ${MAX_URL_LENGTH} characters` };
  if (written.startsWith('#')) return { kind: 'anchor', fragment: safeDecode(written.slice(1)) };
  if (written.startsWith('//')) {
    return { kind: 'malformed', reason: 'protocol-relative URL', suggestion: `https:${written}` };
  }

  const typo = schemeTypo(written);
  if (typo) return { kind: 'malformed', reason: 'misspelled scheme', suggestion: typo };

  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(written)?.[1]?.toLowerCase();
  // `www.example.org:8080/x` parses as scheme "www.example.org"; a dot means it is a host.
  if (scheme && !scheme.includes('.')) {
    if (scheme === 'http' || scheme === 'https') return httpTarget(written);
    if (OTHER_SCHEMES.has(scheme)) return { kind: 'skipped', reason: `${scheme}: link` };
    return { kind: 'skipped', reason: 'unsupported scheme' };
  }

  const path = written.split(/[?#]/, 1)[0] ?? '';
  const hostLike = looksLikeHost(path.split('/', 1)[0] ?? '');
  return hostLike
    ? { kind: 'relative', path, hostLike, suggestion: `https://${written}` }
    : { kind: 'relative', path, hostLike };
}

function httpTarget(written: string): LinkTarget {
  let url: URL;
  try {
    url = new URL(written);
  } catch {
    return { kind: 'malformed', reason: 'not a valid URL' };
  }
  if (url.hostname === '') return { kind: 'malformed', reason: 'no host' };
  // Credentials are never sent to checked hosts (THREATS.md rule 7): check the URL without them.
  url.username = '';
  url.password = '';
  return { kind: 'http', url };
}

/** `ttps://x`, `htps://x`, `hhttps://x`, `https//x` → the https spelling a reader meant. */
function schemeTypo(written: string): string | undefined {
  const m = /^([a-z]{2,7})(:\/\/|\/\/)([^/].*)$/i.exec(written);
  if (!m?.[1] || m[3] === undefined) return undefined;
  const scheme = m[1].toLowerCase();
  const exact = scheme === 'http' || scheme === 'https';
  if (m[2] === '//' && exact) return `https://${m[3]}`; // missing colon
  if (m[2] === '://' && !exact && !OTHER_SCHEMES.has(scheme) && isNearHttp(scheme)) return `https://${m[3]}`;
  return undefined;
}

function isNearHttp(s: string): boolean {
  return editDistance(s, 'https') <= 1 || editDistance(s, 'http') <= 1;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

function looksLikeHost(segment: string): boolean {
  if (!segment.includes('.') || segment.startsWith('.')) return false;
  const host = segment.split(':', 1)[0]!.toLowerCase();
  const last = host.split('.').pop() ?? '';
  if (FILE_EXTENSIONS.has(last) && !host.startsWith('www.')) return false;
  const parsed = parseDomain(host, { allowPrivateDomains: false });
  return parsed.isIcann === true && parsed.domain !== null;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Verdict for a relative target once the repository has been asked whether the path exists. */
export function classifyRelative(target: Extract<LinkTarget, { kind: 'relative' }>, exists: boolean): LinkResult {
  if (exists) return { status: 'ok', code: null, network: false };
  if (target.hostLike) {
    return {
      status: 'malformed',
      code: null,
      network: false,
      detail: `written without a scheme; did you mean ${target.suggestion ?? 'https://…'}?`,
    };
  }
  return { status: 'broken', code: null, network: false, detail: 'no such path in the repository' };
}

/** Verdict for a final HTTP status (after redirects, retries and the GET fallback). */
export function classifyStatusCode(code: number): LinkStatus {
  if (code >= 200 && code < 300) return 'ok';
  // Bot walls and rate limits say nothing about whether the page exists.
  if (code === 401 || code === 403 || code === 429 || code === 451 || code === 999) return 'unverifiable';
  return 'broken';
}

/** 5xx, 408 and 429 are worth another try; everything else is an answer. */
export function isRetryableStatus(code: number): boolean {
  return code === 408 || code === 429 || (code >= 500 && code <= 599);
}

/**
 * Servers that mishandle HEAD answer 405/501/403, and some answer 400, 404 or 5xx to HEAD while
 * serving GET fine. A failing HEAD is confirmed with one GET so no link is called broken on a HEAD
 * quirk; 429 is a rate limit, not a HEAD quirk, and goes through the retry path instead.
 */
export function shouldFallbackToGet(code: number): boolean {
  return code >= 400 && code !== 429;
}

export function isRedirectStatus(code: number): boolean {
  return code === 301 || code === 302 || code === 303 || code === 307 || code === 308;
}

/** Network errors (Node/undici codes) that may pass on a retry. */
export function isRetryableError(code: string): boolean {
  return TRANSIENT_ERRORS.has(code);
}

const TRANSIENT_ERRORS = new Set([
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CLOSED',
]);

const TIMEOUT_ERRORS = new Set(['ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'ABORT_ERR']);

/** Verdict for a request that never produced a usable answer. */
export function classifyNetworkError(code: string): { status: LinkStatus; detail: string } {
  if (code === 'E_LINK_BLOCKED') return { status: 'blocked', detail: 'address not allowed by policy' };
  if (TIMEOUT_ERRORS.has(code)) return { status: 'timeout', detail: 'no answer within the time budget' };
  if (code === 'ENOTFOUND') return { status: 'broken', detail: 'host not found (NXDOMAIN)' };
  if (code === 'EAI_AGAIN') return { status: 'broken', detail: 'DNS lookup failed' };
  if (code === 'ECONNREFUSED') return { status: 'broken', detail: 'connection refused' };
  if (code.startsWith('ERR_TLS') || code.startsWith('ERR_SSL') || TLS_ERRORS.has(code)) {
    return { status: 'broken', detail: `TLS failure (${code})` };
  }
  if (/^[A-Z0-9_]{2,40}$/.test(code)) return { status: 'broken', detail: `connection failed (${code})` };
  return { status: 'broken', detail: 'connection failed' };
}

const TLS_ERRORS = new Set([
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'HOSTNAME_MISMATCH',
]);

/** A redirect that leaves the registrable domain (example.com → example.net) deserves a human look. */
export function movedToOtherDomain(from: URL, to: URL): boolean {
  return registrableDomain(from) !== registrableDomain(to);
}

function registrableDomain(url: URL): string {
  const parsed = parseDomain(url.hostname);
  return parsed.isIp ? url.hostname : (parsed.domain ?? url.hostname);
}
