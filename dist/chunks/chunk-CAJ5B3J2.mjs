import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  confusableKey,
  displayHostname
} from "./chunk-B3K6BFQI.mjs";
import {
  require_cjs
} from "./chunk-44PB6AW2.mjs";
import {
  normalizeOrganizationName
} from "./chunk-2ZWZV7J3.mjs";
import {
  SHARED_HOSTS
} from "./chunk-VLX4PDTN.mjs";
import {
  __toESM
} from "./chunk-XDNEWOOM.mjs";

// src/adopters/duplicates.ts
var import_tldts = __toESM(require_cjs(), 1);
var RESERVED_EXAMPLE = /* @__PURE__ */ new Set(["example.com", "example.org", "example.net"]);
function siteKey(url) {
  if (!url || !/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return void 0;
  const { domain, hostname } = (0, import_tldts.parse)(url, { allowPrivateDomains: true });
  if (!domain) return void 0;
  const host = hostname ?? domain;
  const bare = host.replace(/^www\./, "");
  if (RESERVED_EXAMPLE.has(domain.toLowerCase())) return bare.toLowerCase();
  if (!SHARED_HOSTS.has(bare)) return domain.toLowerCase();
  const segment = new URL(url).pathname.split("/")[1]?.toLowerCase();
  return segment ? `${bare}/${segment}` : bare;
}
function hostOf(url) {
  return url && /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? (0, import_tldts.getHostname)(url) ?? void 0 : void 0;
}
function findDuplicates(containers, name, url) {
  return findDuplicatesIn(
    containers.flatMap((c) => c.entries),
    name,
    url
  );
}
function findDuplicatesIn(entries, name, url) {
  const wanted = normalizeOrganizationName(name);
  const wantedSite = siteKey(url);
  const wantedDomain = wantedSite?.split("/")[0];
  const mayShare = (u) => Boolean(wantedDomain && u?.toLowerCase().includes(wantedDomain));
  const looksAlike = lookAlikeTest(name, hostOf(url));
  const report = { sameSite: [], lookalikes: [] };
  for (const entry of entries) {
    if (entry.catchAll) continue;
    const normalized = normalizeOrganizationName(entry.name);
    if (!report.sameName && normalized && normalized === wanted) {
      report.sameName = entry;
      continue;
    }
    if (mayShare(entry.url) && siteKey(entry.url) === wantedSite) report.sameSite.push(entry);
    else if (looksAlike(entry)) report.lookalikes.push(entry);
  }
  return report;
}
function lookAlikeTest(name, host) {
  const nameKey = confusableKey(name);
  const shownHost = host ? displayHostname(host) : void 0;
  const hostKey = shownHost === void 0 ? void 0 : confusableKey(shownHost);
  return (entry) => {
    if (entry.name !== name && confusableKey(entry.name) === nameKey) return true;
    if (shownHost === void 0) return false;
    const shown = displayHostname(hostOf(entry.url) ?? "");
    return shown !== shownHost && confusableKey(shown) === hostKey;
  };
}
function duplicateFlags(report) {
  const flags = [
    ...report.sameSite.map((e) => ({ kind: "same-site", name: e.name, line: e.startLine })),
    ...report.lookalikes.map((e) => ({ kind: "lookalike", name: e.name, line: e.startLine }))
  ];
  const warnings = flags.map(
    (f) => f.kind === "same-site" ? `the same website is already listed for "${f.name}" (line ${f.line})` : `the name or website looks like "${f.name}" (line ${f.line})`
  );
  return { flags, warnings };
}

export {
  findDuplicates,
  findDuplicatesIn,
  duplicateFlags
};
