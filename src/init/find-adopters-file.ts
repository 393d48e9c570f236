/**
 * Which file of a repository holds its adopters, found the way CLOMonitor looks for one:
 * `adopters*` or `users*` in any case, at the root or under `docs/`. Given the repository's file paths
 * (relative, `/`-separated); pure.
 */

const NAME = /^(?:adopters|users)(?:\.[^/]*)?$/i;
const MARKDOWN = /^(?:adopters|users)(?:\.(?:md|markdown|mdown|mkd))?$/i;
const FOLDERS = ['', 'docs/'];

export interface AdoptersFileSearch {
  /** The Markdown file the bot can edit, if any. */
  path?: string;
  /** Other candidates that were not chosen (data files the engine does not edit, a second list…). */
  others: string[];
}

/** Rank: root before docs/, ADOPTERS before USERS, an exact `.md` before other spellings. */
function rank(path: string): number {
  const slash = path.lastIndexOf('/');
  const folder = FOLDERS.indexOf(path.slice(0, slash + 1));
  const name = path.slice(slash + 1);
  return folder * 100 + (/^users/i.test(name) ? 10 : 0) + (/\.md$/i.test(name) ? 0 : 1);
}

export function findAdoptersFile(paths: readonly string[]): AdoptersFileSearch {
  const candidates = paths
    .filter((p) => {
      const slash = p.lastIndexOf('/');
      return FOLDERS.includes(p.slice(0, slash + 1)) && NAME.test(p.slice(slash + 1));
    })
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const path = candidates.find((p) => MARKDOWN.test(p.slice(p.lastIndexOf('/') + 1)));
  return { path, others: candidates.filter((p) => p !== path) };
}
