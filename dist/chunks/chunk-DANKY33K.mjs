import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  require_cjs
} from "./chunk-44PB6AW2.mjs";
import {
  normalizeOrganizationName
} from "./chunk-2ZWZV7J3.mjs";
import {
  SHARED_HOSTS
} from "./chunk-23HNLEV6.mjs";
import {
  __toESM
} from "./chunk-XDNEWOOM.mjs";

// src/adopters/duplicates.ts
var import_tldts = __toESM(require_cjs(), 1);

// src/submission/confusables.ts
import { domainToUnicode } from "node:url";

// src/submission/code-points.ts
var rules;
var forbiddenRules = () => rules ??= [
  { test: /\p{Cs}/u, what: "a broken character", why: "a lone UTF-16 surrogate" },
  { test: /[\n\r\v\f\u0085\p{Zl}\p{Zp}]/u, what: "a line break" },
  {
    test: /\p{Bidi_Control}/u,
    what: "a bidirectional-text control character",
    why: "which can make text display in another order than it is stored"
  },
  { test: /\p{Cc}/u, what: "a control character" },
  {
    test: /\p{Default_Ignorable_Code_Point}/u,
    what: "an invisible character",
    why: "such as a zero-width space, a tag, a variation selector or a filler"
  },
  { test: /\p{Cf}/u, what: "an invisible formatting character" },
  { test: /\p{Co}/u, what: "a private-use character", why: "which displays differently on every device" },
  { test: /\p{Cn}/u, what: "an unassigned code point or a noncharacter" }
];
var anyForbidden;
var PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
var PRINTABLE_ASCII_LINES = /^[\x20-\x7e\n]*$/;
function formatCodePoint(codePoint) {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
}
function findForbiddenCodePoints(text, options = {}) {
  if ((options.allowLineFeed ? PRINTABLE_ASCII_LINES : PRINTABLE_ASCII).test(text)) return [];
  anyForbidden ??= new RegExp(
    forbiddenRules().map((r) => r.test.source).join("|"),
    "u"
  );
  if (!anyForbidden.test(text)) return [];
  const found = /* @__PURE__ */ new Map();
  for (const char of text) {
    if (char === "\n" && options.allowLineFeed) continue;
    const rule = forbiddenRules().find((r) => r.test.test(char));
    if (rule === void 0) continue;
    const seen = found.get(rule);
    if (seen) seen.count += 1;
    else found.set(rule, { first: char.codePointAt(0) ?? 0, count: 1 });
  }
  return [...found].map(([{ what, why }, { first, count }]) => {
    const more = count > 1 ? ` and ${count - 1} more like it` : "";
    const fix = what === "a line break" ? "write it on one line" : "remove it (if you pasted the text, type it instead)";
    return `contains ${what} (${formatCodePoint(first)}${more})${why ? `, ${why}` : ""}; ${fix}.`;
  });
}
function trimCharacters(text, characters) {
  let start = 0;
  let end = text.length;
  while (start < end && characters.includes(text.charAt(start))) start += 1;
  while (end > start && characters.includes(text.charAt(end - 1))) end -= 1;
  return text.slice(start, end);
}

// src/submission/confusables-table.ts
var ASCII_CONFUSABLES = [
  [" ", "\u1680\u2028\u2029"],
  ["!", "\u01C3\u2D51"],
  ["&", "\uA778"],
  [
    "'",
    "`\u02B9\u02BB\u02BC\u02BD\u02BE\u02C8\u02CA\u02CB\u02F4\u055A\u055D\u05D9\u05F3\u07F4\u07F5\u144A\u16CC\u2018\u2019\u201B\u2032\u2035\uA78C\u{16F51}\u{16F52}"
  ],
  ["''", '"\u02BA\u02EE\u02F6\u05F2\u05F4\u1CD3\u201C\u201D\u201F\u3003'],
  ["'B", "\u0181"],
  ["'D", "\u018A"],
  ["'P", "\u01A4"],
  ["'T", "\u01AC"],
  ["'Y", "\u01B3"],
  ["(", "\u2768\u2772\u3014\uFD3E"],
  ["((", "\u2E28"],
  [")", "\u2769\u2773\u3015\uFD3F"],
  ["))", "\u2E29"],
  ["*", "\u066D\u204E\u2217\u{1031F}"],
  ["+", "\u16ED\u2795\u{1029B}"],
  [",", "\u060D\u066B\u201A\uA4F9"],
  ["-", "\u02D7\u06D4\u2010\u2012\u2013\u2043\u2212\u2796\u2CBA"],
  ["-.", "\uA4FE"],
  [".", "\u0660\u06F0\u0701\u0702\uA4F8\uA60E\u{10A50}\u{1D16D}"],
  [".,", "\uA4FB"],
  ["..", "\uA4FA"],
  ["/", "\u1735\u2041\u2044\u2215\u2571\u27CB\u29F8\u2CC6\u3033\u30CE\u31D3\u4E3F\u{1D23A}"],
  ["//", "\u2AFD"],
  ["///", "\u2AFB"],
  ["2", "\u01A7\u03E8\u14BF\uA644\uA6EF\uA75A"],
  ["3", "\u01B7\u021C\u0417\u04E0\u2CCC\uA76A\uA7AB\u{118CA}\u{16F3B}\u{1D206}"],
  ["4", "\u13CE\u{118AF}"],
  ["5", "\u01BC\u{118BB}"],
  ["6", "\u0431\u13EE\u2CD2\u{118D5}"],
  ["7", "\u{104D2}\u{118C6}\u{1D212}"],
  ["8", "\u0222\u0223\u09EA\u0A6A\u0B03\u{1031A}\u{1E8CB}"],
  ["9", "\u09ED\u0A67\u0B68\u0D6D\u2CCA\uA76E\u{118AC}\u{118CC}\u{118D6}"],
  [":", "\u02D0\u02F8\u0589\u05C3\u0703\u0704\u0903\u0A83\u16EC\u1803\u1809\u205A\u2236\uA4FD\uA789"],
  ["<", "\u02C2\u1438\u16B2\u2039\u276E\u{1D236}"],
  ["<<", "\u226A"],
  ["<<<", "\u22D8"],
  ["=", "\u1400\u2E40\u30A0\uA4FF"],
  [">", "\u02C3\u1433\u203A\u276F\u{16F3F}\u{1D237}"],
  ["><", "\u2AA5"],
  [">>", "\u226B\u2A20"],
  [">>>", "\u22D9"],
  ["?", "\u0241\u0294\u097D\u13AE\uA6EB"],
  ["A", "\u0391\u0410\u13AA\u15C5\uA4EE\u{102A0}\u{16F40}"],
  ["AA", "\uA732"],
  ["AE", "\xC6\u04D4"],
  ["AO", "\uA734"],
  ["AR", "\u{1F707}"],
  ["AU", "\uA736"],
  ["AV", "\uA738\uA73A"],
  ["AY", "\uA73C"],
  ["B", "\u0392\u0412\u13F4\u15F7\uA4D0\uA7B4\u{10282}\u{102A1}\u{10301}"],
  ["C", "\u0421\u13DF\u2CA4\uA4DA\u{102A2}\u{10302}\u{10415}\u{1051C}\u{118E9}\u{118F2}\u{1F74C}"],
  ["C'", "\u0187"],
  ["D", "\u13A0\u15DE\u15EA\uA4D3"],
  ["E", "\u0395\u0415\u13AC\u22FF\u2D39\uA4F0\u{10286}\u{118A6}\u{118AE}"],
  ["F", "\u03DC\u15B4\uA4DD\uA798\u{10287}\u{102A5}\u{10525}\u{118A2}\u{118C2}\u{1D213}"],
  ["G", "\u050C\u13C0\u13F3\uA4D6"],
  ["G'", "\u0193"],
  ["H", "\u0397\u041D\u13BB\u157C\u2C8E\uA4E7\u{102CF}"],
  ["J", "\u037F\u0408\u13AB\u148D\uA4D9\uA7B2"],
  ["K", "\u039A\u041A\u13E6\u16D5\u2C94\uA4D7\u{10518}"],
  ["K'", "\u0198"],
  ["L", "\u13DE\u14AA\u2CD0\uA4E1\u{1041B}\u{10526}\u{118A3}\u{118B2}\u{16F16}\u{1D22A}"],
  ["M", "\u039C\u03FA\u041C\u13B7\u15F0\u16D6\u2C98\uA4DF\u{102B0}\u{10311}"],
  ["MB", "\u{1F76B}"],
  ["N", "\u039D\u2C9A\uA4E0\u{10513}"],
  [
    "O",
    "0\u039F\u041E\u0555\u07C0\u09E6\u0B20\u0B66\u12D0\u2C9E\u2D54\u3007\uA4F3\u{10292}\u{102AB}\u{10404}\u{104C2}\u{10516}\u{114D0}\u{118B5}\u{118E0}"
  ],
  ["O'", "\u01A0\u13A4"],
  ["OE", "\u0152"],
  ["OO", "\uA698\uA74E"],
  ["P", "\u03A1\u0420\u13E2\u146D\u2CA2\uA4D1\u{10295}"],
  ["P'", "\u1486"],
  ["Q", "\u2D55"],
  ["QE", "\u{1F700}"],
  ["R", "\u01A6\u13A1\u13D2\u1587\uA4E3\u{104B4}\u{16F35}\u{1D216}"],
  ["S", "\u0405\u054F\u13D5\u13DA\uA4E2\u{10296}\u{10420}\u{16F3A}"],
  ["T", "\u03A4\u0422\u13A2\u22A4\u27D9\u2CA6\uA4D4\u{10297}\u{102B1}\u{10315}\u{118BC}\u{16F0A}\u{1F768}"],
  ["T3", "\uA728"],
  ["U", "\u054D\u1200\u144C\u222A\u22C3\uA4F4\u{104CE}\u{118B8}\u{16F42}"],
  ["U'", "\u1467"],
  ["V", "\u0474\u0667\u06F7\u13D9\u142F\u2D38\uA4E6\uA6DF\u{1051D}\u{118A0}\u{16F08}\u{1D20D}"],
  ["VB", "\u{1F76C}"],
  ["W", "\u051C\u13B3\u13D4\uA4EA\u{118E6}\u{118EF}"],
  ["X", "\u03A7\u0425\u166D\u16B7\u2573\u2CAC\u2D5D\uA4EB\uA7B3\u{10290}\u{102B4}\u{10317}\u{10322}\u{10527}\u{118EC}"],
  ["Y", "\u03A5\u0423\u04AE\u13A9\u13BD\u2CA8\uA4EC\u{102B2}\u{118A4}\u{16F43}"],
  ["Z", "\u0396\u13C3\uA4DC\u{102F5}\u{118A9}\u{118E5}"],
  ["\\", "\u2216\u27CD\u29F5\u29F9\u31D4\u4E36\u{1D20F}\u{1D23B}"],
  ["\\\\", "\u244A\u2CF9"],
  ["^", "\u02C4\u02C6"],
  ["_", "\u07FA"],
  ["a", "\u0251\u03B1\u0430\u237A"],
  ["aa", "\uA733"],
  ["ae", "\xE6\u04D5"],
  ["ao", "\uA735"],
  ["au", "\uA737"],
  ["av", "\uA739\uA73B"],
  ["ay", "\uA73D"],
  ["b", "\u0184\u042C\u13CF\u15AF"],
  ["bl", "\u042B"],
  ["c", "\u0441\u1D04\u2CA5\uABAF\u{1043D}"],
  ["d", "\u0501\u13E7\u146F\uA4D2"],
  ["d'", "\u1487"],
  ["dz", "\u02A3"],
  ["e", "\u0435\u04BD\u212E\uAB32"],
  ["f", "\u0584\u1E9D\uA799\uAB35"],
  ["g", "\u018D\u0261\u0581\u1D83"],
  ["h", "\u04BB\u0570\u13C2"],
  ["i", "\u0131\u0269\u026A\u03B9\u0456\u04CF\u13A5\u2373\uA647\uAB75\u{118C3}"],
  ["j", "\u03F3\u0458"],
  [
    "l",
    "1I|\u0196\u01C0\u0399\u0406\u04C0\u05C0\u05D5\u05DF\u0627\u0661\u06F1\u07CA\u16C1\u2223\u23FD\u2C92\u2D4F\uA4F2\u{1028A}\u{10309}\u{10320}\u{16F28}\u{1E8C7}"
  ],
  ["l'", "\u05F1"],
  ["lO", "\u042E"],
  ["ll", "\u01C1\u05F0\u2016\u2225"],
  ["ls", "\u02AA"],
  ["lt", "\u20B6"],
  ["lz", "\u02AB"],
  ["n", "\u0578\u057C"],
  [
    "o",
    "\u03BF\u03C3\u043E\u0585\u05E1\u0647\u0665\u06BE\u06C1\u06D5\u06F5\u0966\u0A66\u0AE6\u0BE6\u0C02\u0C66\u0C82\u0CE6\u0D02\u0D20\u0D66\u0D82\u0E50\u0ED0\u101D\u1040\u10FF\u1D0F\u1D11\u2C9F\uAB3D\u{1042C}\u{104EA}\u{118C8}\u{118D7}"
  ],
  ["o'", "\u01A1"],
  ["oe", "\u0153"],
  ["oo", "\u221E\uA699\uA74F"],
  ["p", "\u03C1\u0440\u2374\u2CA3"],
  ["q", "\u051B\u0563\u0566"],
  ["r", "\u0433\u1D26\u2C85\uAB47\uAB48\uAB81"],
  ["r'", "\u0491"],
  ["rn", "m\u{11700}\u{118E3}"],
  ["s", "\u01BD\u0455\uA731\uABAA\u{10448}\u{118C1}"],
  ["sss", "\u{1F75C}"],
  ["tf", "\uA777"],
  ["ts", "\u02A6"],
  ["u", "\u028B\u03C5\u057D\u1D1C\uA79F\uAB4E\uAB52\u{104F6}\u{118D8}"],
  ["ue", "\u1D6B"],
  ["uo", "\uAB63"],
  ["v", "\u03BD\u0475\u05D8\u1D20\u2228\u22C1\uABA9\u{11706}\u{118C0}"],
  ["w", "\u026F\u0461\u051D\u0561\u1D21\uAB83\u{1170A}\u{1170E}\u{1170F}"],
  ["x", "\xD7\u0445\u1541\u157D\u166E\u292B\u292C\u2A2F"],
  ["y", "\u0263\u028F\u03B3\u0443\u04AF\u10E7\u1D8C\u1EFF\uAB5A\u{118DC}"],
  ["z", "\u1D22\uAB93\u{118C4}"],
  ["{", "\u2774\u{1D114}"],
  ["}", "\u2775"],
  ["~", "\u2053\u223C"]
];

// src/submission/confusables.ts
var prototypes;
function prototypeMap() {
  prototypes ??= new Map(
    ASCII_CONFUSABLES.flatMap(([prototype, sources]) => [...sources].map((source) => [source, prototype]))
  );
  return prototypes;
}
var IGNORABLE = /\p{Default_Ignorable_Code_Point}/u;
var ASCII_ONLY = /^[ -~]*$/;
var ASCII = /^[\0-\x7f]*$/;
var ASCII_PROTOTYPES = (() => {
  const table = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code));
  for (const [prototype, sources] of ASCII_CONFUSABLES) {
    for (let i = 0; i < sources.length; i++) {
      const code = sources.charCodeAt(i);
      if (code < 128) table[code] = prototype;
    }
  }
  return table;
})();
function skeleton(text) {
  if (ASCII.test(text)) {
    let ascii = "";
    for (let i = 0; i < text.length; i++) ascii += ASCII_PROTOTYPES[text.charCodeAt(i)];
    return ascii;
  }
  let mapped = "";
  for (const char of text.normalize("NFKC").normalize("NFD")) {
    if (IGNORABLE.test(char)) continue;
    mapped += prototypeMap().get(char) ?? char;
  }
  return mapped.normalize("NFD");
}
function confusableKey(text) {
  if (ASCII.test(text)) {
    let key = "";
    for (let i = 0; i < text.length; i++) key += ASCII_KEYS[text.charCodeAt(i)];
    return key;
  }
  return skeleton(skeleton(text).toLowerCase());
}
var ASCII_KEYS = Array.from(
  { length: 128 },
  (_, code) => skeleton(skeleton(String.fromCharCode(code)).toLowerCase())
);
function displayHostname(hostname) {
  const lower = hostname.toLowerCase().replace(/\.$/, "");
  if (ASCII_ONLY.test(lower) && !lower.includes("xn--")) return lower;
  return domainToUnicode(lower) || lower;
}
var LATIN_LOOKALIKE_SCRIPTS = ["Cyrillic", "Greek", "Armenian", "Cherokee"];
var scriptTests;
var scriptTestsMap = () => scriptTests ??= new Map(
  ["Latin", ...LATIN_LOOKALIKE_SCRIPTS].map((script) => [script, new RegExp(`\\p{Script=${script}}`, "u")])
);
function findSpoofingLabel(hostname) {
  for (const label of displayHostname(hostname).split(".")) {
    if (/^[ -~]*$/.test(label)) continue;
    const scripts = [...scriptTestsMap()].filter(([, test]) => test.test(label)).map(([script2]) => script2);
    if (scripts.includes("Latin") && scripts.length > 1) return { kind: "mixed", label, scripts };
    const [script] = scripts;
    if (scripts.length === 1 && script !== "Latin" && script !== void 0 && /^[a-z0-9-]+$/.test(confusableKey(label))) {
      return { kind: "whole-script", label, script };
    }
  }
  return void 0;
}

// src/adopters/duplicates.ts
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
  findForbiddenCodePoints,
  trimCharacters,
  findSpoofingLabel,
  siteKey,
  findDuplicates,
  findDuplicatesIn,
  duplicateFlags
};
