import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  require_cjs
} from "./chunk-44PB6AW2.mjs";
import {
  findContainers
} from "./chunk-NWY2PKW3.mjs";
import {
  displayText,
  parseDocument
} from "./chunk-WBV7JFYH.mjs";
import {
  __toESM
} from "./chunk-XDNEWOOM.mjs";

// src/links/classify.ts
var import_tldts = __toESM(require_cjs(), 1);
var OTHER_SCHEMES = /* @__PURE__ */ new Set(["mailto", "tel", "sms", "ftp", "ftps", "sftp", "irc", "ircs", "xmpp", "news", "git"]);
var FILE_EXTENSIONS = /* @__PURE__ */ new Set(["md", "markdown", "png", "jpg", "jpeg", "gif", "svg", "webp", "yml", "yaml", "json"]);
var MAX_URL_LENGTH = 2048;
function classifyTarget(raw) {
  const written = raw.trim();
  if (written === "") return { kind: "skipped", reason: "empty destination" };
  if (written.length > MAX_URL_LENGTH) return { kind: "malformed", reason: `longer than ${MAX_URL_LENGTH} characters` };
  if (written.startsWith("#")) return { kind: "anchor", fragment: safeDecode(written.slice(1)) };
  if (written.startsWith("//")) {
    return { kind: "malformed", reason: "protocol-relative URL", suggestion: `https:${written}` };
  }
  const typo = schemeTypo(written);
  if (typo) return { kind: "malformed", reason: "misspelled scheme", suggestion: typo };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(written)?.[1]?.toLowerCase();
  if (scheme && !scheme.includes(".")) {
    if (scheme === "http" || scheme === "https") return httpTarget(written);
    if (OTHER_SCHEMES.has(scheme)) return { kind: "skipped", reason: `${scheme}: link` };
    return { kind: "skipped", reason: "unsupported scheme" };
  }
  const path = written.split(/[?#]/, 1)[0] ?? "";
  const hostLike = looksLikeHost(path.split("/", 1)[0] ?? "");
  return hostLike ? { kind: "relative", path, hostLike, suggestion: `https://${written}` } : { kind: "relative", path, hostLike };
}
function httpTarget(written) {
  let url;
  try {
    url = new URL(written);
  } catch {
    return { kind: "malformed", reason: "not a valid URL" };
  }
  if (url.hostname === "") return { kind: "malformed", reason: "no host" };
  url.username = "";
  url.password = "";
  return { kind: "http", url };
}
function schemeTypo(written) {
  const m = /^([a-z]{2,7})(:\/\/|\/\/)([^/].*)$/i.exec(written);
  if (!m?.[1] || m[3] === void 0) return void 0;
  const scheme = m[1].toLowerCase();
  const exact = scheme === "http" || scheme === "https";
  if (m[2] === "//" && exact) return `https://${m[3]}`;
  if (m[2] === "://" && !exact && !OTHER_SCHEMES.has(scheme) && isNearHttp(scheme)) return `https://${m[3]}`;
  return void 0;
}
function isNearHttp(s) {
  return editDistance(s, "https") <= 1 || editDistance(s, "http") <= 1;
}
function editDistance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}
function looksLikeHost(segment) {
  if (!segment.includes(".") || segment.startsWith(".")) return false;
  const host = segment.split(":", 1)[0].toLowerCase();
  const last = host.split(".").pop() ?? "";
  if (FILE_EXTENSIONS.has(last) && !host.startsWith("www.")) return false;
  const parsed = (0, import_tldts.parse)(host, { allowPrivateDomains: false });
  return parsed.isIcann === true && parsed.domain !== null;
}
function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
function classifyRelative(target, exists) {
  if (exists) return { status: "ok", code: null, network: false };
  if (target.hostLike) {
    return {
      status: "malformed",
      code: null,
      network: false,
      detail: `written without a scheme; did you mean ${target.suggestion ?? "https://\u2026"}?`
    };
  }
  return { status: "broken", code: null, network: false, detail: "no such path in the repository" };
}
function classifyStatusCode(code) {
  if (code >= 200 && code < 300) return "ok";
  if (code === 401 || code === 403 || code === 429 || code === 451 || code === 999) return "unverifiable";
  return "broken";
}
function isRetryableStatus(code) {
  return code === 408 || code === 429 || code >= 500 && code <= 599;
}
function shouldFallbackToGet(code) {
  return code >= 400 && code !== 429;
}
function isRedirectStatus(code) {
  return code === 301 || code === 302 || code === 303 || code === 307 || code === 308;
}
function isRetryableError(code) {
  return TRANSIENT_ERRORS.has(code);
}
var TRANSIENT_ERRORS = /* @__PURE__ */ new Set([
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EAI_AGAIN",
  "UND_ERR_SOCKET",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
  "UND_ERR_CLOSED"
]);
var TIMEOUT_ERRORS = /* @__PURE__ */ new Set(["ETIMEDOUT", "UND_ERR_CONNECT_TIMEOUT", "UND_ERR_HEADERS_TIMEOUT", "ABORT_ERR"]);
function classifyNetworkError(code) {
  if (code === "E_LINK_BLOCKED") return { status: "blocked", detail: "address not allowed by policy" };
  if (TIMEOUT_ERRORS.has(code)) return { status: "timeout", detail: "no answer within the time budget" };
  if (code === "ENOTFOUND") return { status: "broken", detail: "host not found (NXDOMAIN)" };
  if (code === "EAI_AGAIN") return { status: "broken", detail: "DNS lookup failed" };
  if (code === "ECONNREFUSED") return { status: "broken", detail: "connection refused" };
  if (code.startsWith("ERR_TLS") || code.startsWith("ERR_SSL") || TLS_ERRORS.has(code)) {
    return { status: "broken", detail: `TLS failure (${code})` };
  }
  if (/^[A-Z0-9_]{2,40}$/.test(code)) return { status: "broken", detail: `connection failed (${code})` };
  return { status: "broken", detail: "connection failed" };
}
var TLS_ERRORS = /* @__PURE__ */ new Set([
  "CERT_HAS_EXPIRED",
  "CERT_NOT_YET_VALID",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "HOSTNAME_MISMATCH"
]);
function movedToOtherDomain(from, to) {
  return registrableDomain(from) !== registrableDomain(to);
}
function registrableDomain(url) {
  const parsed = (0, import_tldts.parse)(url.hostname);
  return parsed.isIp ? url.hostname : parsed.domain ?? url.hostname;
}

// src/links/html-attributes.ts
var TAG = /<([a-z][a-z0-9-]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
var URL_ATTRIBUTE = /(?:^|\s)(href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;
var ID_ATTRIBUTE = /(?:^|\s)(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;
function blankComments(html) {
  return html.replace(/<!--[\s\S]*?(?:-->|$)/g, (comment) => comment.replace(/[^\n]/g, " "));
}
function extractHtmlLinks(fragment, following = "") {
  const html = blankComments(fragment);
  const context = html + blankComments(following);
  const links = [];
  for (const tag of html.matchAll(TAG)) {
    const name = tag[1].toLowerCase();
    const attributes = tag[2] ?? "";
    for (const attr of attributes.matchAll(URL_ATTRIBUTE)) {
      const url = decodeEntities(attr[2] ?? attr[3] ?? attr[4] ?? "");
      const at = tag.index + 1 + name.length + (attr.index ?? 0);
      const alt = name === "img" ? attributeValue(attributes, "alt") : name === "a" ? wrappedAlt(context, tag.index) : null;
      links.push({ url, lineOffset: countNewlines(html, at), alt });
    }
  }
  return links;
}
function extractHtmlAnchors(fragment) {
  const html = blankComments(fragment);
  const anchors = [];
  for (const tag of html.matchAll(TAG)) {
    for (const attr of (tag[2] ?? "").matchAll(ID_ATTRIBUTE)) {
      anchors.push(decodeEntities(attr[1] ?? attr[2] ?? attr[3] ?? ""));
    }
  }
  return anchors;
}
function wrappedAlt(html, from) {
  const close = html.toLowerCase().indexOf("</a", from);
  const inner = html.slice(from, close === -1 ? void 0 : close);
  const img = /<img\b((?:[^>"']|"[^"]*"|'[^']*')*)>/i.exec(inner);
  return img ? attributeValue(img[1] ?? "", "alt") : null;
}
function attributeValue(attributes, name) {
  const re = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'=<>\`]+))`, "i");
  const m = re.exec(attributes);
  return m ? decodeEntities(m[1] ?? m[2] ?? m[3] ?? "") : null;
}
function countNewlines(text, end) {
  let n = 0;
  for (let i = 0; i < end && i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}
var NAMED_ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
function decodeEntities(value) {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 1114111 ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

// src/links/extract.ts
function entryLookup(entries) {
  const sorted = [...entries].sort((a, b) => a.startLine - b.startLine);
  return (line) => {
    let lo = 0;
    let hi = sorted.length - 1;
    let found;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      if (sorted[mid].startLine <= line) [found, lo] = [sorted[mid], mid + 1];
      else hi = mid - 1;
    }
    return found && line <= found.endLine ? shorten(found.name) : null;
  };
}
function shorten(name) {
  const text = name.replace(/\s+/g, " ").trim();
  return !text ? null : text.length > 100 ? `${text.slice(0, 99)}\u2026` : text;
}
function extractLinks(markdown) {
  const doc = parseDocument(markdown);
  const tree = doc.tree;
  const entryAt = entryLookup(findContainers(doc).flatMap((c) => c.entries));
  const occurrences = [];
  const anchors = /* @__PURE__ */ new Set();
  const slugCounts = /* @__PURE__ */ new Map();
  const definitions = [];
  const referenceEntries = /* @__PURE__ */ new Map();
  walk(tree, [], (node, ancestors) => {
    const line = node.position?.start.line ?? 0;
    switch (node.type) {
      case "link": {
        occurrences.push({ url: node.url, line, entry: entryAt(line), kind: linkKind(markdown, node) });
        break;
      }
      case "image":
        occurrences.push({ url: node.url, line, entry: entryAt(line), kind: "image" });
        break;
      case "linkReference":
      case "imageReference":
        if (!referenceEntries.has(node.identifier)) referenceEntries.set(node.identifier, entryAt(line));
        break;
      case "definition":
        definitions.push({ node, index: occurrences.length });
        occurrences.push({ url: node.url, line, entry: null, kind: "reference" });
        break;
      case "html":
        for (const link of extractHtmlLinks(node.value, followingHtml(ancestors.at(-1), node))) {
          const entry = link.alt?.trim() ? link.alt.trim() : entryAt(line);
          occurrences.push({ url: link.url, line: line + link.lineOffset, entry, kind: "html" });
        }
        for (const id of extractHtmlAnchors(node.value)) anchors.add(id);
        break;
      case "heading":
        anchors.add(uniqueSlug(slugify(displayText(node)), slugCounts));
        break;
    }
  });
  for (const { node, index } of definitions) {
    occurrences[index] = { ...occurrences[index], entry: referenceEntries.get(node.identifier) ?? null };
  }
  return { occurrences, anchors };
}
function walk(node, ancestors, visit) {
  visit(node, ancestors);
  if ("children" in node) {
    const next = [...ancestors, node];
    for (const child of node.children) walk(child, next, visit);
  }
}
function followingHtml(parent, node) {
  if (!parent || node.type !== "html" || !/^<a\b/i.test(node.value)) return "";
  const siblings = parent.children;
  let html = "";
  for (const sibling of siblings.slice(siblings.indexOf(node) + 1)) {
    if (sibling.type !== "html") continue;
    html += sibling.value;
    if (/<\/a\s*>/i.test(sibling.value)) break;
  }
  return html;
}
function linkKind(markdown, node) {
  const offset = node.position?.start.offset;
  const first = offset === void 0 ? "" : markdown[offset];
  if (first === "[") return "inline";
  if (first === "<") return "autolink";
  return "literal";
}
function slugify(text) {
  return text.toLowerCase().trim().replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, "").replace(/ /g, "-");
}
function uniqueSlug(slug, counts) {
  const seen = counts.get(slug);
  counts.set(slug, (seen ?? 0) + 1);
  return seen === void 0 ? slug : `${slug}-${seen}`;
}
function dedupeLinks(occurrences) {
  const byUrl = /* @__PURE__ */ new Map();
  for (const occurrence of occurrences) {
    const existing = byUrl.get(occurrence.url);
    if (existing) existing.occurrences.push(occurrence);
    else
      byUrl.set(occurrence.url, {
        url: occurrence.url,
        target: classifyTarget(occurrence.url),
        occurrences: [occurrence]
      });
  }
  return [...byUrl.values()];
}
function fetchKey(url) {
  const copy = new URL(url.href);
  copy.hash = "";
  return copy.href;
}

export {
  classifyRelative,
  classifyStatusCode,
  isRetryableStatus,
  shouldFallbackToGet,
  isRedirectStatus,
  isRetryableError,
  classifyNetworkError,
  movedToOtherDomain,
  extractLinks,
  slugify,
  dedupeLinks,
  fetchKey
};
