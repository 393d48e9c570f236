import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  siteKey
} from "./chunk-DANKY33K.mjs";
import {
  lineAtOffset
} from "./chunk-23HNLEV6.mjs";

// src/data-files/model.ts
function lineAt(doc, offset) {
  return lineAtOffset(doc.lineStarts, offset);
}
function afterLine(doc, line) {
  return doc.lineStarts[line] ?? doc.source.length;
}
var isRecord = (x) => x !== null && typeof x === "object" && !Array.isArray(x);

// src/data-files/roles.ts
var TITLE_KEYS = ["project", "title", "name", "group", "category", "section", "label"];
var ROLE_KEYS = {
  name: [
    "name",
    "organization",
    "organisation",
    "company",
    "org",
    "organizationname",
    "organisationname",
    "companyname",
    "title",
    "adopter",
    "displayname",
    "label"
  ],
  url: ["url", "website", "link", "homepage", "href", "site", "web", "uri", "websiteurl", "homepageurl"],
  description: [
    "description",
    "desc",
    "usage",
    "usecase",
    "summary",
    "details",
    "text",
    "blurb",
    "comment",
    "story",
    "info",
    "about"
  ],
  logo: ["logo", "image", "img", "icon", "logourl", "imageurl", "logosrc", "src"],
  contact: ["contact", "contacts", "github", "maintainer", "owner"],
  group: ["category", "type", "kind", "group", "section", "segment", "tier"]
};
var fold = (key) => key.toLowerCase().replace(/[-_\s]/g, "");
var isUrl = (v) => typeof v === "string" && /^https?:\/\//i.test(v.trim());
var isImage = (v) => typeof v === "string" && /\.(?:png|svg|jpe?g|gif|webp|avif)(?:[?#].*)?$/i.test(v.trim());
function keyCounts(items) {
  const counts = /* @__PURE__ */ new Map();
  for (const item of items) for (const p of item.pairs ?? []) counts.set(p.key, (counts.get(p.key) ?? 0) + 1);
  return counts;
}
function valuesOf(items, key) {
  return items.map((i) => isRecord(i.value) ? i.value[key] : void 0).filter((v) => v !== void 0);
}
function inferKeys(items, configured = {}) {
  const counts = keyCounts(items);
  const keys = [...counts.keys()];
  const taken = new Set(Object.values(configured).filter(Boolean));
  const map = { ...configured };
  const claim = (role, key) => {
    if (!key || map[role] || taken.has(key)) return;
    map[role] = key;
    taken.add(key);
  };
  const byName = (role, accept) => ROLE_KEYS[role].map((wanted) => keys.find((k) => fold(k) === wanted && !taken.has(k))).filter((k) => k !== void 0 && accept(valuesOf(items, k))).reduce((best, k) => !best || counts.get(k) > counts.get(best) ? k : best, void 0);
  const mostly = (values, test) => values.filter(test).length * 2 > values.filter((v) => v !== "" && v !== null).length;
  const strings = (values) => mostly(values, (v) => typeof v === "string");
  claim(
    "url",
    // A key named for the website holds addresses (some perhaps without a scheme: `www.finos.org`) on a fair
    // share of the items: one stray `website` among a hundred `consul_website`s is not the key.
    byName("url", (v) => strings(v) && !mostly(v, isImage) && v.length * 10 >= items.length)
  );
  claim("logo", byName("logo", strings));
  claim("name", byName("name", strings));
  claim("description", byName("description", strings));
  claim("contact", byName("contact", strings));
  const rest = () => keys.filter((k) => !taken.has(k));
  const hosts = (k) => new Set(
    valuesOf(items, k).filter(isUrl).map((v) => siteKey(v.trim()))
  ).size;
  claim(
    "url",
    rest().filter((k) => mostly(valuesOf(items, k), isUrl) && !mostly(valuesOf(items, k), isImage)).sort((a, b) => hosts(b) - hosts(a))[0]
  );
  claim(
    "logo",
    rest().find((k) => mostly(valuesOf(items, k), isImage))
  );
  claim(
    "name",
    rest().find(
      // A name tells its item from the others: a key whose values repeat (`gapclass: p-t-2`) is a setting.
      (k) => (counts.get(k) ?? 0) * 2 > items.length && mostly(valuesOf(items, k), (v) => typeof v === "string") && new Set(valuesOf(items, k)).size * 2 > valuesOf(items, k).length
    )
  );
  const words = (v) => typeof v === "string" && !isUrl(v) ? v.trim().split(/\s+/).length : 0;
  const prose = (k) => {
    const values = valuesOf(items, k);
    return values.reduce((sum, v) => sum + words(v), 0) / Math.max(1, values.length);
  };
  claim(
    "description",
    rest().filter((k) => (counts.get(k) ?? 0) * 2 > items.length && strings(valuesOf(items, k)) && prose(k) >= 4).sort((a, b) => prose(b) - prose(a))[0]
  );
  const group = byName("group", (v) => strings(v) && new Set(v.map(String)).size > 1 && new Set(v).size < v.length);
  claim("group", group);
  return map;
}
function keyMapFromFields(fields) {
  const roles = {
    name: "name",
    website: "url",
    url: "url",
    description: "description",
    logo: "logo",
    contact: "contact",
    section: "group",
    group: "group"
  };
  const map = {};
  for (const [field, key] of Object.entries(fields)) {
    const role = roles[field.toLowerCase()];
    if (role) map[role] = key;
  }
  return map;
}
function isGroupList(items) {
  const maps = items.filter((i) => isRecord(i.value));
  if (!maps.length || inferKeys(maps).url) return false;
  return maps.every(
    (i) => Object.values(i.value).some((v) => Array.isArray(v) && v.some((x) => isRecord(x)))
  );
}

export {
  lineAt,
  afterLine,
  isRecord,
  TITLE_KEYS,
  keyCounts,
  inferKeys,
  keyMapFromFields,
  isGroupList
};
