#!/usr/bin/env node
// src/cli.ts
import { fileURLToPath } from "node:url";

// src/cli/compile-cache.ts
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import vm from "node:vm";
function cacheFileFor({ env, bundleHash, command }) {
  if (env.NODE_DISABLE_COMPILE_CACHE) return void 0;
  const uid = process.getuid?.();
  const dir = path.join(env.NODE_COMPILE_CACHE || tmpdir(), `adopters-bot-${uid ?? "user"}`);
  if (!isPrivateFolder(dir, uid)) return void 0;
  const name = command !== void 0 && /^[a-z][a-z-]{0,31}$/.test(command) ? command : "other";
  return path.join(dir, `${bundleHash}-${process.version}-${name}.bin`);
}
function isPrivateFolder(dir, uid) {
  try {
    mkdirSync(dir, { recursive: true, mode: 448 });
    const stat = lstatSync(dir);
    if (!stat.isDirectory()) return false;
    if (uid === void 0) return true;
    return stat.uid === uid && (stat.mode & 18) === 0;
  } catch {
    return false;
  }
}
function runBundle(file, cacheFile) {
  const source = readFileSync(file, "utf8");
  const cachedData = cacheFile === void 0 ? void 0 : readCache(cacheFile);
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source}
});`;
  const script = new vm.Script(wrapped, { filename: file, cachedData });
  if (cacheFile !== void 0 && (cachedData === void 0 || script.cachedDataRejected)) {
    process.once("exit", () => writeCache(cacheFile, () => script.createCachedData()));
  }
  const run = script.runInThisContext();
  const module = { exports: {}, filename: file };
  run.call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
}
function readCache(file) {
  try {
    return readFileSync(file);
  } catch {
    return void 0;
  }
}
var BUILDS_KEPT = 3;
function writeCache(file, data) {
  const partial = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(partial, data(), { mode: 384 });
    renameSync(partial, file);
  } catch {
    try {
      rmSync(partial, { force: true });
    } catch {
    }
    return;
  }
  try {
    pruneOldBuilds(path.dirname(file));
  } catch {
  }
}
function pruneOldBuilds(dir) {
  const newest = /* @__PURE__ */ new Map();
  const files = readdirSync(dir).filter((name) => name.endsWith(".bin"));
  for (const name of files) {
    const build = name.split("-")[0];
    const written = statSync(path.join(dir, name)).mtimeMs;
    newest.set(build, Math.max(newest.get(build) ?? 0, written));
  }
  const kept = new Set(
    [...newest].sort((a, b) => b[1] - a[1]).slice(0, BUILDS_KEPT).map(([build]) => build)
  );
  for (const name of files) if (!kept.has(name.split("-")[0])) rmSync(path.join(dir, name), { force: true });
}

// src/cli.ts
var bundle = fileURLToPath(new URL("./cli-bundle.cjs", import.meta.url));
runBundle(bundle, cacheFileFor({ env: process.env, bundleHash: "ca1a0fec5c40ae1e", command: process.argv[2] }));
