import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  EXIT,
  UsageError,
  parseCommandArgs
} from "./chunk-ADQKM3BL.js";
import {
  commandSafeJson
} from "./chunk-P25OE5HT.js";
import {
  createHttpLinkChecker
} from "./chunk-ZLNRBI43.js";
import "./chunk-WQBCT4YW.js";
import {
  collectLinkResults
} from "./chunk-TJ5LGLHK.js";
import {
  LINK_STATUSES,
  countStatuses,
  isFailing
} from "./chunk-QIO4FBLM.js";
import "./chunk-MEP3FXJ7.js";
import "./chunk-C6GEBDF4.js";
import "./chunk-ULFUVCFW.js";
import "./chunk-ODQJWHDE.js";
import "./chunk-PTVQWISG.js";
import "./chunk-UWYXG27J.js";
import "./chunk-5LR6HC6L.js";
import "./chunk-ONBS6DE5.js";

// src/cli/check-links.ts
import { readFile, stat } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
var CHECK_LINKS_USAGE = "check-links <FILE> [--json] [--timeout <seconds>] [--concurrency <n>] [--per-host <n>] [--allow-private-hosts]";
var checkLinksCommand = async (args, io) => {
  const options = parseOptions(args);
  const file = resolve(io.cwd, options.file);
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch {
    throw new UsageError(`cannot read ${options.file}`);
  }
  const root = await repositoryRoot(dirname(file));
  const checker = createHttpLinkChecker({
    timeoutMs: options.timeoutSeconds * 1e3,
    concurrency: options.concurrency,
    perHost: options.perHost,
    allowPrivate: options.allowPrivateHosts
  });
  const progress = (done, total) => io.stderr(`\r\x1B[Kchecking links: ${done}/${total}`);
  let links;
  try {
    links = await collectLinkResults(text, {
      checker,
      filePath: relative(root, file).split(sep).join("/"),
      exists: (path) => pathExists(join(root, path)),
      onProgress: io.isTTY ? progress : void 0
    });
  } finally {
    await checker.close();
    if (io.isTTY) io.stderr("\r\x1B[K");
  }
  io.stdout(options.json ? renderJson(links) : renderHuman(options.file, links));
  return links.some((l) => isFailing(l.result.status)) ? EXIT.refused : EXIT.ok;
};
function parseOptions(args) {
  const { values, positionals } = parseCommandArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: "boolean", default: false },
      timeout: { type: "string" },
      concurrency: { type: "string" },
      "per-host": { type: "string" },
      "allow-private-hosts": { type: "boolean", default: false }
    }
  });
  if (positionals.length !== 1) throw new UsageError(`expected one FILE, got ${positionals.length}`);
  return {
    file: positionals[0],
    json: values.json,
    timeoutSeconds: numberOption("--timeout", values.timeout, 15, { min: 1, max: 600, integer: false }),
    concurrency: numberOption("--concurrency", values.concurrency, 16, { min: 1, max: 256, integer: true }),
    perHost: numberOption("--per-host", values["per-host"], 2, { min: 1, max: 64, integer: true }),
    allowPrivateHosts: values["allow-private-hosts"]
  };
}
function numberOption(name, raw, fallback, range) {
  if (raw === void 0) return fallback;
  const value = Number(raw);
  const valid = raw.trim() !== "" && Number.isFinite(value) && (!range.integer || Number.isInteger(value));
  if (!valid || value < range.min || value > range.max) {
    const kind = range.integer ? "an integer" : "a number";
    throw new UsageError(`${name} must be ${kind} from ${range.min} to ${range.max}, got "${raw.slice(0, 20)}"`);
  }
  return value;
}
async function repositoryRoot(start) {
  for (let dir = start; ; dir = dirname(dir)) {
    if (await pathExists(join(dir, ".git"))) return dir;
    if (dirname(dir) === dir) return start;
  }
}
async function pathExists(path) {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
function renderJson(links) {
  const items = links.map((l) => ({
    url: l.url,
    line: l.occurrences[0]?.line ?? 0,
    status: l.result.status,
    code: l.result.code,
    ...l.result.finalUrl !== void 0 ? { finalUrl: l.result.finalUrl } : {},
    ...l.result.detail !== void 0 ? { detail: l.result.detail } : {}
  }));
  return `${commandSafeJson({ links: items, summary: countStatuses(links) }, 2)}
`;
}
var HUMAN_ORDER = [
  "broken",
  "timeout",
  "malformed",
  "unverifiable",
  "blocked",
  "redirected",
  "skipped"
];
function renderHuman(file, links) {
  const counts = countStatuses(links);
  const summary = LINK_STATUSES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`);
  const lines = [`${safe(file)}: ${links.length} distinct links (${summary.join(", ") || "none"})`];
  for (const status of HUMAN_ORDER) {
    const group = links.filter((l) => l.result.status === status);
    if (group.length === 0) continue;
    lines.push("", `${status} (${group.length})`);
    for (const link of group) {
      const { code, detail, finalUrl } = link.result;
      const facts = [code === null ? "" : String(code), detail ?? "", finalUrl ? `-> ${finalUrl}` : ""].filter(Boolean);
      const line = String(link.occurrences[0]?.line ?? 0).padStart(5);
      lines.push(`  line ${line}  ${safe(link.url)}${facts.length ? `  (${safe(facts.join("; "))})` : ""}`);
    }
  }
  return `${lines.join("\n")}
`;
}
function safe(text) {
  return text.replace(
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
export {
  CHECK_LINKS_USAGE,
  checkLinksCommand
};
