import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  displayText,
  endOf,
  startOf
} from "./chunk-WBV7JFYH.mjs";

// src/adopters/sections.ts
function buildSections(doc) {
  const root = { heading: null, title: null, depth: 0, blocks: [], subsections: [], start: 0, end: 0 };
  const stack = [root];
  for (const node of doc.tree.children) {
    if (startOf(node) < doc.bodyStart) continue;
    if (node.type === "heading") {
      while (stack.length > 1 && stack[stack.length - 1].depth >= node.depth) stack.pop();
      const section = {
        heading: node,
        title: displayText(node).trim(),
        depth: node.depth,
        blocks: [],
        subsections: [],
        start: startOf(node),
        end: endOf(node)
      };
      stack[stack.length - 1].subsections.push(section);
      stack.push(section);
    } else {
      stack[stack.length - 1].blocks.push(node);
    }
    for (const open of stack) open.end = Math.max(open.end, endOf(node));
  }
  root.start = doc.bodyStart;
  return root;
}
function allSections(root) {
  return [root, ...root.subsections.flatMap(allSections)];
}
var SECTION_WORDS = /\b(?:adopters?|users?|organi[sz]ations?|compan(?:y|ies)|vendors?|end[- ]?users?|projects?|products?|integrations?|partners?|customers?|contributors?|ecosystem|solutions?|case stud(?:y|ies)|success|stor(?:y|ies)|adding|add|updating|update|how|list|contributing|requirements?|template|notes?|logos?|contents|about|overview|introduction|faq|production|evaluation|testing|members?|individuals?|sponsors?|supporters?|who|types?|glossary|references?|links?|documentation|docs|guides?|install(?:ation|ing)?|usage|develop(?:ment|ing)?|changelog|upgrad(?:e|ing)|licen[cs]e|security|configuration|getting started|quick ?start|features|examples?|roadmap|support|api)\b/i;
var PART_TITLE = /^\W*(?:related(?:\s+(?:projects|links|work|reading|resources))?|see\s+also|(?:the\s+|business\s+)?(?:challenges?|problems?|approach|impact|highlights?|benefits?|background|results?|outcomes?|summary|conclusions?))\W*$/i;
function looksLikeSectionTitle(title) {
  const host = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(\p{L}{2,})$/u.exec(title.trim());
  if (host && !/^(?:md|markdown|mdx|txt|rst|adoc|ya?ml|json|html?)$/i.test(host[1])) return false;
  return SECTION_WORDS.test(title) || PART_TITLE.test(title) || /[?:]\s*$/.test(title) || title.split(/\s+/).length > 8;
}
function normalizeSectionName(text) {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}
function sectionMatches(choice, title) {
  const a = normalizeSectionName(choice);
  const b = normalizeSectionName(title);
  if (!a || !b) return false;
  if (a === b || a.replace(/s$/, "") === b.replace(/s$/, "")) return "exact";
  return ` ${b} `.includes(` ${a} `) || ` ${b} `.includes(` ${a.replace(/s$/, "")} `) ? "partial" : false;
}

// src/adopters/adopter-words.ts
var NAMES_ADOPTERS = /\b(?:adopters?|users?|organi[sz]ations?|compan(?:y|ies)|customers?|production)\b/i;
var NAMES_ADOPTERS_ELSEWHERE = /谁在(?:使)?用|誰在(?:使)?用|谁在使用|采用者|採用者|使用者|用户(?!指南|手册|文档)|用戶(?!指南|手冊|文件)|采用(?:公司|企业|案例)|利用者|導入事例|採用事例|ユーザー(?!ガイド)|사용자(?!\s*가이드)|도입\s*사례|사용\s*사례|пользовател|кто\s+использует|(?:^|[^\p{L}])(?:usuari[oa]s|utilizadores|utilisateurs|anwender|nutzer|utenti|adoptantes|quem\s+usa|qui(?:é|e)n(?:es)?\s+usan?|qui\s+utilise|wer\s+(?:nutzt|verwendet|benutzt))(?:$|[^\p{L}])/iu;
var NAMES_BUILT_FOR = /^\W*(?:[\p{L}-]+\s+)?(?:tools?|tooling|frameworks?|librar(?:y|ies)|plugins?|extensions?|add-?ons?|bindings?|ports?|wrappers?|sdks?|clients?|examples?|samples?|templates?|boilerplates?|starters?|guides?|tutorials?|articles?|videos?|talks?|resources|utilities)\W*$/iu;
var NAMES_COMPANIES = /\b(?:industry|industrial|compan(?:y|ies)|commercial|enterprises?|business(?:es)?|corporate|corporations?|startups?)\b/i;
var NAMES_OTHER_ADOPTERS = /\b(?:academi[ac]|universit(?:y|ies)|education(?:al)?|schools?|research|government(?:s|al)?|public\s+sector|non-?profits?|ngos?|individuals?|personal|hobby(?:ists?)?|students?)\b/i;

export {
  NAMES_ADOPTERS,
  NAMES_ADOPTERS_ELSEWHERE,
  NAMES_BUILT_FOR,
  NAMES_COMPANIES,
  NAMES_OTHER_ADOPTERS,
  buildSections,
  allSections,
  looksLikeSectionTitle,
  normalizeSectionName,
  sectionMatches
};
