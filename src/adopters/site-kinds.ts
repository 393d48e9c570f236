import { realEntries } from './carried-fields.js';
import type { Container } from './model.js';

/**
 * What an entry's link points at: a repository on a code host (`github.com/acme/tool`) or an
 * organization's own site (`acme.com`). A file that keeps its open source projects apart from its
 * companies shows it in its links, whatever its headings say and in whatever language.
 */
export type SiteKind = 'repository' | 'site';

/** Hosts whose addresses name a repository or its owner, not an organization's own site. */
const CODE_HOSTS = new Set(['github.com', 'gitlab.com', 'bitbucket.org', 'codeberg.org', 'sourceforge.net']);

export function siteKind(url: string | undefined): SiteKind | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(parsed.protocol)) return undefined;
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  // `github.com/acme` is the organization's page there, as its own site would be; `github.com/acme/tool`
  // is one of its projects.
  return CODE_HOSTS.has(host) && /^\/[^/]+\/[^/]+/.test(parsed.pathname) ? 'repository' : 'site';
}

/** A run's entries that link somewhere must number at least this many for their kind to say anything. */
const MIN_LINKED = 3;
/** The share of a run's links that must be of one kind for the run to be of that kind. */
const SHARE = 0.8;

/** The kind nearly all of a run's links are, when they agree. */
function kindOf(container: Container): SiteKind | undefined {
  const kinds = realEntries(container)
    .map((e) => siteKind(e.url))
    .filter((k) => k !== undefined);
  if (kinds.length < MIN_LINKED) return undefined;
  const repositories = kinds.filter((k) => k === 'repository').length;
  if (repositories >= kinds.length * SHARE) return 'repository';
  if (kinds.length - repositories >= kinds.length * SHARE) return 'site';
  return undefined;
}

/**
 * Sections told apart by their links (projects' repositories in one, companies' sites in another): a new
 * entry with a site of its own goes to the largest run of sites when the largest run links repositories.
 * `confident` is largest first; the result keeps that order otherwise.
 */
export function bySiteKind(
  confident: Container[],
  url: string | undefined,
): { containers: Container[]; note?: string } {
  // Only an organization's site moves a new entry: a repository given for a company (its tool on GitHub)
  // must not send it into a list of integrations, so a repository keeps the largest-first default.
  const kind = siteKind(url);
  const [largest] = confident;
  if (kind !== 'site' || !largest) return { containers: confident };
  const largestKind = kindOf(largest);
  if (!largestKind || largestKind === kind) return { containers: confident };
  // Of comparable size: a small category whose links happen to be sites (five cloud platforms beside
  // thirteen libraries) is a kind of use, not the place of everyone with a site of their own.
  const matching = confident.find(
    (c) => c !== largest && kindOf(c) === kind && realEntries(c).length * 2 >= realEntries(largest).length,
  );
  if (!matching) return { containers: confident };
  return {
    containers: [matching, ...confident.filter((c) => c !== matching)],
    note: `the list at line ${matching.entries[0]!.startLine} links organizations’ own sites, as the new entry does; the larger list at line ${largest.entries[0]!.startLine} links repositories on code hosts`,
  };
}
