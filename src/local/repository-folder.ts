import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** What the CLI learns about a repository from its folder, without running git. */
export interface RepositoryFolder {
  root: string;
  /** Files at the root, under docs/ (`docs/NAME`), in the data folders of static sites and their `adopters/` folders. */
  topFiles: string[];
  /** The default branch: origin's HEAD when known, else the branch checked out in a repository without a remote. */
  defaultBranch?: string;
  /** The GitHub repository of `origin`, for links to its settings. */
  remote?: { serverUrl: string; owner: string; repo: string };
}

async function files(dir: string, prefix = ''): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.filter((e) => e.isFile()).map((e) => prefix + e.name);
  } catch {
    return [];
  }
}

const readText = (path: string) => readFile(path, 'utf8').catch(() => undefined);

/** `.git` is a folder, or (worktrees, submodules) a file saying `gitdir: <path>`. */
async function gitDir(root: string): Promise<string | undefined> {
  const dotGit = join(root, '.git');
  const info = await stat(dotGit).catch(() => undefined);
  if (!info) return undefined;
  if (info.isDirectory()) return dotGit;
  const pointer = /^gitdir:\s*(.+)$/m.exec((await readText(dotGit)) ?? '')?.[1];
  return pointer ? resolve(root, pointer.trim()) : undefined;
}

/** `git@github.com:o/r.git`, `https://github.com/o/r(.git)`, `ssh://git@host/o/r.git` → where it lives. */
export function parseRemoteUrl(url: string): RepositoryFolder['remote'] {
  const m =
    /^(?:[\w.-]+@)?([\w.-]+):([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(url) ??
    /^(?:https?|ssh|git):\/\/(?:[^@/]+@)?([\w.-]+)(?::\d+)?\/([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(url);
  return m ? { serverUrl: `https://${m[1]}`, owner: m[2]!, repo: m[3]! } : undefined;
}

export async function readRepositoryFolder(root: string): Promise<RepositoryFolder> {
  const info = await stat(root);
  if (!info.isDirectory()) throw Object.assign(new Error(`${root} is not a folder`), { code: 'ENOTDIR', path: root });
  const data = ['data', 'website/data', 'src/data', 'site/data'];
  const folders = ['docs', ...data, ...data.map((d) => `${d}/adopters`)];
  const nested = await Promise.all(folders.map((f) => files(join(root, f), `${f}/`)));
  const topFiles = [...(await files(root)), ...nested.flat()];
  const git = await gitDir(root);
  if (!git) return { root, topFiles };
  const config = (await readText(join(git, 'config'))) ?? '';
  const originUrl = /\[remote "origin"\][^[]*?^\s*url\s*=\s*(\S+)/m.exec(config)?.[1];
  const originHead = /^ref: refs\/remotes\/origin\/(.+)$/m.exec(
    (await readText(join(git, 'refs/remotes/origin/HEAD'))) ?? '',
  )?.[1];
  const checkedOut = /^ref: refs\/heads\/(.+)$/m.exec((await readText(join(git, 'HEAD'))) ?? '')?.[1];
  return {
    root,
    topFiles,
    defaultBranch: originHead ?? (originUrl ? undefined : checkedOut),
    remote: originUrl ? parseRemoteUrl(originUrl) : undefined,
  };
}
