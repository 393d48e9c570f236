import { getHostname, parse } from 'tldts';
import { confusableKey, displayHostname } from '../submission/confusables.js';
import { normalizeOrganizationName } from '../submission/normalize-name.js';
import type { Container, Entry } from './model.js';
import { SHARED_HOSTS } from './shared-hosts.js';

const RESERVED_EXAMPLE = new Set(['example.com', 'example.org', 'example.net']);

/** Registrable domain of a URL, plus its first path segment on shared hosts; undefined for relative links. */
export function siteKey(url: string | undefined): string | undefined {
  if (!url || !/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return undefined;
  const { domain, hostname } = parse(url, { allowPrivateDomains: true });
  if (!domain) return undefined;
  const host = hostname ?? domain;
  const bare = host.replace(/^www\./, '');
  // RFC 2606's documentation domains stand for many made-up organizations: compare whole host names.
  if (RESERVED_EXAMPLE.has(domain.toLowerCase())) return bare.toLowerCase();
  if (!SHARED_HOSTS.has(bare)) return domain.toLowerCase();
  const segment = new URL(url).pathname.split('/')[1]?.toLowerCase();
  return segment ? `${bare}/${segment}` : bare;
}

function hostOf(url: string | undefined): string | undefined {
  return url && /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? (getHostname(url) ?? undefined) : undefined;
}

/** What duplicate detection reads of an entry: a Markdown entry or a data file's item alike. */
export type Listed = Pick<Entry, 'name' | 'url' | 'catchAll'>;

export interface DuplicateReport<E extends Listed = Entry> {
  /** The same organization (normalized name) is already listed: a refusal. */
  sameName?: E;
  /** The same site is already listed: a warning for a maintainer (one company, two products). */
  sameSite: E[];
  /** A look-alike of a listed name or domain (homoglyphs, fullwidth, punycode): flagged for review. */
  lookalikes: E[];
}

export function findDuplicates(containers: Container[], name: string, url: string | undefined): DuplicateReport {
  return findDuplicatesIn(
    containers.flatMap((c) => c.entries),
    name,
    url,
  );
}

export function findDuplicatesIn<E extends Listed>(
  entries: readonly E[],
  name: string,
  url: string | undefined,
): DuplicateReport<E> {
  // The new entry's keys are computed once here, not once per comparison.
  const wanted = normalizeOrganizationName(name);
  const wantedSite = siteKey(url);
  // A site key is read from the host, so only an address that holds the wanted domain can share it: the
  // others (all but a few in a list of thousands) are not parsed.
  const wantedDomain = wantedSite?.split('/')[0];
  const mayShare = (u: string | undefined) => Boolean(wantedDomain && u?.toLowerCase().includes(wantedDomain));
  const looksAlike = lookAlikeTest(name, hostOf(url));
  const report: DuplicateReport<E> = { sameSite: [], lookalikes: [] };
  for (const entry of entries) {
    if (entry.catchAll) continue;
    const normalized = normalizeOrganizationName(entry.name);
    if (!report.sameName && normalized && normalized === wanted) {
      report.sameName = entry;
      continue;
    }
    if (mayShare(entry.url) && siteKey(entry.url) === wantedSite) report.sameSite.push(entry);
    else if (looksAlike(entry)) report.lookalikes.push(entry);
  }
  return report;
}

/**
 * `looksLike(entry.name, name)` or `hostnamesLookAlike(entry's host, host)` (confusables.ts), with the
 * new name's and host's confusable keys computed once.
 */
function lookAlikeTest(name: string, host: string | undefined): (entry: Listed) => boolean {
  const nameKey = confusableKey(name);
  const shownHost = host ? displayHostname(host) : undefined;
  const hostKey = shownHost === undefined ? undefined : confusableKey(shownHost);
  return (entry) => {
    if (entry.name !== name && confusableKey(entry.name) === nameKey) return true;
    if (shownHost === undefined) return false;
    const shown = displayHostname(hostOf(entry.url) ?? '');
    return shown !== shownHost && confusableKey(shown) === hostKey;
  };
}

/** A same-site or look-alike finding, for a maintainer to judge. */
export interface DuplicateFlag {
  kind: 'same-site' | 'lookalike';
  name: string;
  line: number;
}

/** The findings a maintainer must judge (the override label), and how the preview words them. */
export function duplicateFlags<E extends Listed & { startLine: number }>(
  report: DuplicateReport<E>,
): { flags: DuplicateFlag[]; warnings: string[] } {
  const flags = [
    ...report.sameSite.map((e) => ({ kind: 'same-site' as const, name: e.name, line: e.startLine })),
    ...report.lookalikes.map((e) => ({ kind: 'lookalike' as const, name: e.name, line: e.startLine })),
  ];
  const warnings = flags.map((f) =>
    f.kind === 'same-site'
      ? `the same website is already listed for "${f.name}" (line ${f.line})`
      : `the name or website looks like "${f.name}" (line ${f.line})`,
  );
  return { flags, warnings };
}
