import { getDomain, getHostname } from 'tldts';
import { hostnamesLookAlike, looksLike } from '../submission/confusables.js';
import { normalizeOrganizationName } from '../submission/normalize-name.js';
import type { Container, Entry } from './model.js';

/** Hosts shared by many organizations: github.com/acme and github.com/other are different adopters. */
const SHARED_HOSTS = new Set([
  'github.com',
  'gitlab.com',
  'bitbucket.org',
  'medium.com',
  'linkedin.com',
  'twitter.com',
  'x.com',
  'youtube.com',
  'facebook.com',
  'sourceforge.net',
  'npmjs.com',
  'google.com',
  'codeberg.org',
  'huggingface.co',
]);

const RESERVED_EXAMPLE = new Set(['example.com', 'example.org', 'example.net']);

/** Registrable domain of a URL, plus its first path segment on shared hosts; undefined for relative links. */
export function siteKey(url: string | undefined): string | undefined {
  if (!url || !/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return undefined;
  const domain = getDomain(url, { allowPrivateDomains: true });
  if (!domain) return undefined;
  const host = getHostname(url) ?? domain;
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

export interface DuplicateReport {
  /** The same organization (normalized name) is already listed: a refusal. */
  sameName?: Entry;
  /** The same site is already listed: a warning for a maintainer (one company, two products). */
  sameSite: Entry[];
  /** A look-alike of a listed name or domain (homoglyphs, fullwidth, punycode): flagged for review. */
  lookalikes: Entry[];
}

export function findDuplicates(containers: Container[], name: string, url: string | undefined): DuplicateReport {
  const wanted = normalizeOrganizationName(name);
  const wantedSite = siteKey(url);
  const wantedHost = hostOf(url);
  const report: DuplicateReport = { sameSite: [], lookalikes: [] };
  for (const entry of containers.flatMap((c) => c.entries)) {
    if (entry.catchAll) continue;
    const normalized = normalizeOrganizationName(entry.name);
    if (!report.sameName && normalized && normalized === wanted) {
      report.sameName = entry;
      continue;
    }
    const site = siteKey(entry.url);
    if (wantedSite && site === wantedSite) report.sameSite.push(entry);
    else if (looksLike(entry.name, name) || (wantedHost && hostnamesLookAlike(hostOf(entry.url) ?? '', wantedHost))) {
      report.lookalikes.push(entry);
    }
  }
  return report;
}

/** A same-site or look-alike finding, for a maintainer to judge. */
export interface DuplicateFlag {
  kind: 'same-site' | 'lookalike';
  name: string;
  line: number;
}

/** The findings a maintainer must judge (the override label), and how the preview words them. */
export function duplicateFlags(report: DuplicateReport): { flags: DuplicateFlag[]; warnings: string[] } {
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
