import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  classifyRelative,
  dedupeLinks,
  extractLinks,
  fetchKey
} from "./chunk-O7VJFJ4P.js";
import {
  dataFormatOf,
  dataOptions,
  inferKeys,
  lineAt,
  listedItems,
  parseData
} from "./chunk-2ZUWKDGS.js";

// src/workflows/collect-link-results.ts
import { posix } from "node:path";

// src/data-files/extract-links.ts
function extractDataLinks(source, format, options = {}) {
  const parsed = parseData(source, format);
  if (!parsed.ok) return [];
  const doc = parsed.doc;
  const out = [];
  for (const sequence of doc.sequences) {
    const keys = inferKeys(sequence.items, options.keys);
    for (const { name, item } of listedItems(sequence.items, keys)) {
      for (const pair of item.pairs ?? []) {
        if (typeof pair.value !== "string" || !pair.value.trim()) continue;
        const url = pair.value.trim();
        const web = /^https?:\/\//i.test(url);
        if (!web && !(pair.key === keys.url && /^(?:www\.|[a-z][a-z0-9+.-]*:)/i.test(url))) continue;
        out.push({
          url,
          line: lineAt(doc, pair.valueStart),
          entry: name || null,
          kind: pair.key === keys.logo ? "image" : "literal"
        });
      }
    }
  }
  return out.sort((a, b) => a.line - b.line);
}

// src/adopters-file/links.ts
function extractFileLinks(path, source, options = {}) {
  const format = dataFormatOf(path);
  return format ? { occurrences: extractDataLinks(source, format, dataOptions(options)), anchors: /* @__PURE__ */ new Set() } : extractLinks(source);
}

// src/workflows/collect-link-results.ts
async function collectLinkResults(text, options) {
  const { occurrences, anchors } = extractFileLinks(options.filePath, text);
  const links = dedupeLinks(occurrences);
  const httpUrls = links.flatMap((l) => l.target.kind === "http" ? [l.target.url] : []);
  const fetched = await options.checker.check(httpUrls, options.onProgress);
  const lowerAnchors = new Set([...anchors].map((a) => a.toLowerCase()));
  return Promise.all(
    links.map(async (link) => ({ ...link, result: await localResult(link, fetched, lowerAnchors, options) }))
  );
}
async function localResult(link, fetched, anchors, options) {
  const target = link.target;
  switch (target.kind) {
    case "http":
      return fetched.get(fetchKey(target.url)) ?? { status: "skipped", code: null, network: false, detail: "not checked" };
    case "malformed": {
      const hint = target.suggestion ? `; did you mean ${target.suggestion}?` : "";
      return { status: "malformed", code: null, network: false, detail: `${target.reason}${hint}` };
    }
    case "skipped":
      return { status: "skipped", code: null, network: false, detail: target.reason };
    case "anchor":
      if (options.skipRelative) return { status: "skipped", code: null, network: false, detail: "in-page link" };
      return anchors.has(target.fragment.toLowerCase()) ? { status: "ok", code: null, network: false } : { status: "broken", code: null, network: false, detail: "no heading or anchor with that name in the file" };
    case "relative": {
      if (options.skipRelative && !target.hostLike) {
        return { status: "skipped", code: null, network: false, detail: "relative link" };
      }
      const path = resolveRepositoryPath(options.filePath, target.path);
      if (path === null) {
        return { status: "broken", code: null, network: false, detail: "points outside the repository" };
      }
      return classifyRelative(target, !options.skipRelative && await options.exists(path));
    }
  }
}
function resolveRepositoryPath(filePath, link) {
  let decoded = link;
  try {
    decoded = decodeURIComponent(link);
  } catch {
  }
  const joined = decoded.startsWith("/") ? decoded.slice(1) : posix.join(posix.dirname(filePath), decoded);
  const normalized = posix.normalize(joined === "" ? "." : joined).replace(/\/+$/, "");
  if (normalized === ".." || normalized.startsWith("../")) return null;
  return normalized === "" ? "." : normalized;
}

export {
  collectLinkResults
};
