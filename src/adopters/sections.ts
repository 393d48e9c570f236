import type { Heading, RootContent } from 'mdast';
import { type AdoptersDocument, endOf, startOf } from './document.js';
import { displayText } from './inline.js';

/** A heading and everything under it, down to the next heading of the same or a higher level. */
export interface Section {
  heading: Heading | null;
  title: string | null;
  depth: number;
  /** Blocks directly under the heading, before its first subsection. */
  blocks: RootContent[];
  subsections: Section[];
  start: number;
  end: number;
}

/** Nests the flat top-level blocks of the file into sections; front matter is left out. */
export function buildSections(doc: AdoptersDocument): Section {
  const root: Section = { heading: null, title: null, depth: 0, blocks: [], subsections: [], start: 0, end: 0 };
  const stack: Section[] = [root];
  for (const node of doc.tree.children) {
    if (startOf(node) < doc.bodyStart) continue;
    if (node.type === 'heading') {
      while (stack.length > 1 && stack[stack.length - 1]!.depth >= node.depth) stack.pop();
      const section: Section = {
        heading: node,
        title: displayText(node).trim(),
        depth: node.depth,
        blocks: [],
        subsections: [],
        start: startOf(node),
        end: endOf(node),
      };
      stack[stack.length - 1]!.subsections.push(section);
      stack.push(section);
    } else {
      stack[stack.length - 1]!.blocks.push(node);
    }
    for (const open of stack) open.end = Math.max(open.end, endOf(node));
  }
  root.start = doc.bodyStart;
  return root;
}

/** Every section, parents before children. */
export function allSections(root: Section): Section[] {
  return [root, ...root.subsections.flatMap(allSections)];
}

/** Headings that name a part of the document rather than an adopter. */
const SECTION_WORDS =
  /\b(?:adopters?|users?|organi[sz]ations?|compan(?:y|ies)|vendors?|end[- ]?users?|projects?|products?|integrations?|partners?|customers?|contributors?|ecosystem|solutions?|case stud(?:y|ies)|success|stor(?:y|ies)|adding|add|updating|update|how|list|contributing|requirements?|template|notes?|logos?|contents|about|overview|introduction|faq|production|evaluation|testing|members?|individuals?|sponsors?|supporters?|who|types?|glossary|references?|links?|documentation|docs|guides?|install(?:ation|ing)?|usage|develop(?:ment|ing)?|changelog|upgrad(?:e|ing)|licen[cs]e|security|configuration|getting started|quick ?start|features|examples?|roadmap|support|api)\b/i;

/**
 * Whole titles of a page's or a story's parts ("Related", "Challenge", "Impact"): as words inside a title
 * they name organizations too ("GenAI Impact").
 */
const PART_TITLE =
  /^\W*(?:related(?:\s+(?:projects|links|work|reading|resources))?|see\s+also|(?:the\s+|business\s+)?(?:challenges?|problems?|approach|impact|highlights?|benefits?|background|results?|outcomes?|summary|conclusions?))\W*$/i;

export function looksLikeSectionTitle(title: string): boolean {
  // A host name (`api.example.co.uk`) names a site, whatever words its labels spell (a file name does not).
  const host = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(\p{L}{2,})$/u.exec(title.trim());
  if (host && !/^(?:md|markdown|mdx|txt|rst|adoc|ya?ml|json|html?)$/i.test(host[1]!)) return false;
  return SECTION_WORDS.test(title) || PART_TITLE.test(title) || /[?:]\s*$/.test(title) || title.split(/\s+/).length > 8;
}

/** Canonical form for comparing a `--section` value with a heading or a Type value. */
export function normalizeSectionName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Does a user's section choice name this heading or value? Exact (normalized) first, then as a word run. */
export function sectionMatches(choice: string, title: string): 'exact' | 'partial' | false {
  const a = normalizeSectionName(choice);
  const b = normalizeSectionName(title);
  if (!a || !b) return false;
  if (a === b || a.replace(/s$/, '') === b.replace(/s$/, '')) return 'exact';
  return ` ${b} `.includes(` ${a} `) || ` ${b} `.includes(` ${a.replace(/s$/, '')} `) ? 'partial' : false;
}
