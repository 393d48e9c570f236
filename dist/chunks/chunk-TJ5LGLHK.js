import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  dataOptions
} from "./chunk-MEP3FXJ7.js";
import {
  dataFormatOf
} from "./chunk-C6GEBDF4.js";
import {
  classifyRelative,
  dedupeLinks,
  fetchKey
} from "./chunk-ULFUVCFW.js";

// src/workflows/collect-link-results.ts
import { posix } from "node:path";

// src/adopters-file/links.ts
async function extractFileLinks(path, source, options = {}) {
  const format = dataFormatOf(path);
  if (format) {
    const { extractDataLinks } = await import("./extract-links-ULIDZUDN.js");
    return { occurrences: extractDataLinks(source, format, dataOptions(options)), anchors: /* @__PURE__ */ new Set() };
  }
  const { extractLinks } = await import("./extract-I5RO5RFT.js");
  return extractLinks(source);
}

// src/workflows/collect-link-results.ts
async function collectLinkResults(text, options) {
  const { occurrences, anchors } = await extractFileLinks(options.filePath, text);
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
