import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/submission/normalize-name.ts
var LEGAL_SUFFIXES = [
  "sa de cv",
  "s a de c v",
  "sp z oo",
  "pty ltd",
  "pte ltd",
  "pvt ltd",
  "private limited",
  "co ltd",
  "sdn bhd",
  "gmbh and co kg",
  "s a",
  "s r l",
  "b v",
  "n v",
  "inc",
  "incorporated",
  "llc",
  "llp",
  "lp",
  "ltd",
  "ltda",
  "lda",
  "limited",
  "gmbh",
  "mbh",
  "ag",
  "kg",
  "kgaa",
  "ug",
  "ev",
  "eg",
  "sa",
  "se",
  "sas",
  "sasu",
  "sarl",
  "srl",
  "spa",
  "sro",
  "as",
  "asa",
  "aps",
  "ab",
  "oy",
  "oyj",
  "ou",
  "bv",
  "bvba",
  "nv",
  "co",
  "corp",
  "corporation",
  "company",
  "kk",
  "gk",
  "plc",
  "pty",
  "pte",
  "pvt",
  "doo",
  "dd",
  "kft",
  "zrt",
  "sl",
  "slu",
  "bhd",
  "pbc",
  "\u682A"
].map((suffix) => suffix.split(" ")).sort((a, b) => b.length - a.length);
var SUFFIXES_BY_LAST_WORD = /* @__PURE__ */ new Map();
for (const suffix of LEGAL_SUFFIXES) {
  const last = suffix[suffix.length - 1];
  SUFFIXES_BY_LAST_WORD.set(last, [...SUFFIXES_BY_LAST_WORD.get(last) ?? [], suffix]);
}
var CJK_LEGAL_FORMS = ["\u80A1\u4EFD\u6709\u9650\u516C\u53F8", "\u6709\u9650\u8D23\u4EFB\u516C\u53F8", "\u6709\u9650\u516C\u53F8", "\u682A\u5F0F\u4F1A\u793E", "\u6709\u9650\u4F1A\u793E", "\u5408\u540C\u4F1A\u793E"];
var FOLDED_LETTERS = {
  \u00DF: "ss",
  \u00E6: "ae",
  \u0153: "oe",
  \u00F8: "o",
  \u0111: "d",
  \u00F0: "d",
  \u0142: "l",
  \u00FE: "th",
  \u0131: "i"
};
function normalizeOrganizationName(name) {
  const tokens = foldCharacters(name).split(/\s+/u).filter((token) => token !== "");
  stripCjkLegalForms(tokens);
  for (; ; ) {
    const last = tokens[tokens.length - 1];
    const suffix = (last === void 0 ? void 0 : SUFFIXES_BY_LAST_WORD.get(last))?.find(
      (s) => s.length < tokens.length && endsWith(tokens, s)
    );
    if (suffix === void 0) break;
    tokens.splice(tokens.length - suffix.length);
    if (tokens.length > 1 && tokens[tokens.length - 1] === "and") tokens.pop();
  }
  return tokens.join(" ");
}
var PRINTABLE_ASCII = /^[ -~]*$/;
function foldCharacters(name) {
  if (PRINTABLE_ASCII.test(name)) {
    return name.toLowerCase().replace(/&/g, " and ").replace(/\+/g, " plus ").replace(/['.-]/g, "").replace(/[!-/:-@[-`{-~]/g, " ");
  }
  return name.normalize("NFKC").toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/[ßæœøđðłþı]/g, (letter) => FOLDED_LETTERS[letter] ?? letter).replace(/&/g, " and ").replace(/\+/g, " plus ").replace(/['’‘.\-‐‑–·]/g, "").replace(/[\p{P}\p{S}]/gu, " ");
}
function stripCjkLegalForms(tokens) {
  for (const form of CJK_LEGAL_FORMS) {
    const last = tokens[tokens.length - 1];
    if (last !== void 0 && last.length > form.length && last.endsWith(form)) {
      tokens[tokens.length - 1] = last.slice(0, -form.length);
    }
    const first = tokens[0];
    if (first !== void 0 && first.length > form.length && first.startsWith(form))
      tokens[0] = first.slice(form.length);
  }
}
function endsWith(tokens, suffix) {
  const offset = tokens.length - suffix.length;
  return suffix.every((token, i) => tokens[offset + i] === token);
}

export {
  normalizeOrganizationName
};
