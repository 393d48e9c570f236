/**
 * Which file of a repository holds its adopters, found the way CLOMonitor looks for one:
 * `adopters*` or `users*` in any case, at the root or under `docs/`; and the data files websites render
 * (`data/adopters*`, `website/data/adopters*`, `src/data/adopters*`, `site/data/adopters*`). Given the
 * repository's file paths (relative, `/`-separated); pure.
 */

const NAME = /^(?:adopters|users)(?:\.[^/]*)?$/i;
/** The name of a Markdown adopters file, in any case. */
export const MARKDOWN = /^(?:adopters|users)(?:\.(?:md|markdown|mdown|mkd))?$/i;
const DATA = /\.(?:ya?ml|json)$/i;
/** Where adopters files live: CLOMonitor's places first, then the data folders of static sites. */
export const ADOPTERS_FOLDERS = ['', 'docs/', 'data/', 'website/data/', 'src/data/', 'site/data/'];
/** Data folders only hold data files: a `data/users.md` is not an adopters list. */
const DATA_ONLY = new Set(['data/', 'website/data/', 'src/data/', 'site/data/']);

export interface AdoptersFileSearch {
  /** The file the bot edits: a Markdown file, else a data file, else the first file of a group folder. */
  path?: string;
  /** Other candidates that were not chosen (data files beside a Markdown file, a second list…). */
  others: string[];
  /** Data files of an `adopters/` folder in a data folder: one file per group, as some sites keep them. */
  groups: string[];
}

/** Folders of one data file per group (`data/adopters/1-core.yaml`, `2-tooling.yaml`). */
export const GROUP_FOLDERS = ['data/adopters/', 'website/data/adopters/', 'src/data/adopters/', 'site/data/adopters/'];

const folderOf = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);
const nameOf = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** Rank: root before docs/ before data folders, ADOPTERS before USERS, an exact `.md` before other spellings. */
function rank(path: string): number {
  const folder = ADOPTERS_FOLDERS.indexOf(folderOf(path));
  const name = nameOf(path);
  return folder * 100 + (/^users/i.test(name) ? 10 : 0) + (/\.md$/i.test(name) ? 0 : 1);
}

export function isAdoptersCandidate(path: string): boolean {
  const folder = folderOf(path);
  if (!ADOPTERS_FOLDERS.includes(folder) || !NAME.test(nameOf(path))) return false;
  return !DATA_ONLY.has(folder) || DATA.test(path);
}

export function findAdoptersFile(paths: readonly string[]): AdoptersFileSearch {
  const candidates = paths.filter(isAdoptersCandidate).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const folder = GROUP_FOLDERS.find((f) => paths.some((p) => folderOf(p) === f && DATA.test(p)));
  const groups = folder ? paths.filter((p) => folderOf(p) === folder && DATA.test(p)).sort() : [];
  const path = candidates.find((p) => MARKDOWN.test(nameOf(p))) ?? candidates.find((p) => DATA.test(p)) ?? groups[0];
  return { path, others: candidates.filter((p) => p !== path), groups };
}

export const isDataPath = (path: string): boolean => DATA.test(path);
