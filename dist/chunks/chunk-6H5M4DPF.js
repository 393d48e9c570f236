import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/local/repository-folder.ts
import { readdir, readFile, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
async function files(dir, prefix = "") {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.filter((e) => e.isFile()).map((e) => prefix + e.name);
  } catch {
    return [];
  }
}
var readText = (path) => readFile(path, "utf8").catch(() => void 0);
async function gitDir(root) {
  const dotGit = join(root, ".git");
  const info = await stat(dotGit).catch(() => void 0);
  if (!info) return void 0;
  if (info.isDirectory()) return dotGit;
  const pointer = /^gitdir:\s*(.+)$/m.exec(await readText(dotGit) ?? "")?.[1];
  return pointer ? resolve(root, pointer.trim()) : void 0;
}
function parseRemoteUrl(url) {
  const m = /^(?:[\w.-]+@)?([\w.-]+):([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(url) ?? /^(?:https?|ssh|git):\/\/(?:[^@/]+@)?([\w.-]+)(?::\d+)?\/([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(url);
  return m ? { serverUrl: `https://${m[1]}`, owner: m[2], repo: m[3] } : void 0;
}
async function readRepositoryFolder(root) {
  const info = await stat(root);
  if (!info.isDirectory()) throw Object.assign(new Error(`${root} is not a folder`), { code: "ENOTDIR", path: root });
  const data = ["data", "website/data", "src/data", "site/data"];
  const folders = ["docs", ...data, ...data.map((d) => `${d}/adopters`)];
  const nested = await Promise.all(folders.map((f) => files(join(root, f), `${f}/`)));
  const topFiles = [...await files(root), ...nested.flat()];
  const git = await gitDir(root);
  if (!git) return { root, topFiles };
  const config = await readText(join(git, "config")) ?? "";
  const originUrl = /\[remote "origin"\][^[]*?^\s*url\s*=\s*(\S+)/m.exec(config)?.[1];
  const originHead = /^ref: refs\/remotes\/origin\/(.+)$/m.exec(
    await readText(join(git, "refs/remotes/origin/HEAD")) ?? ""
  )?.[1];
  const checkedOut = /^ref: refs\/heads\/(.+)$/m.exec(await readText(join(git, "HEAD")) ?? "")?.[1];
  return {
    root,
    topFiles,
    defaultBranch: originHead ?? (originUrl ? void 0 : checkedOut),
    remote: originUrl ? parseRemoteUrl(originUrl) : void 0
  };
}

export {
  readRepositoryFolder
};
