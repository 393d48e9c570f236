import { type AdoptersDocument, endOf, startOf, topLevelHtml } from './document.js';
import type { Range } from './model.js';
import { NAMES_ADOPTERS, NAMES_ADOPTERS_ELSEWHERE } from './adopter-words.js';
import { NOT_THE_LIST } from './new-list-place.js';
import { displayText } from './inline.js';
import { allSections, buildSections, type Section } from './sections.js';

/**
 * A title that names who uses the project, in any of the ways pages say it: "Powered by", "Who uses it",
 * or things named by what they use (`Apps using Fluxor`, `Projects that use this service`, `Sites built
 * with it`); a guide's "Using the API" names no one.
 */
const SAYS_WHO_USES =
  /\bpowered\s+by\b|\badoption\b|\bin\s+the\s+wild\b|\bwho(?:'s|\s+is)?\s+using\b|\bwho\s+uses\b|\bused\s+by\b|\bcase\s+studies\b|\bshowcase\b|\b\p{L}{3,}s\s+(?:(?:that|which)\s+(?:use|are\s+using)|using|built\s+(?:with|on|using))\s/iu;

/** A heading that is the users themselves ("Known Users", "Our customers"), not a name that holds the word. */
const HEADED_BY_USERS =
  /^\W*(?:(?:known|notable|our|some|current|existing|featured)\s+)?(?:users|adopters|customers|companies|organi[sz]ations)\b/i;

/** A title that heads a page's part about its users ("Who uses it", `採用事例`, "Known users"), never an adopter's name. */
export const headsUsersPart = (title: string) =>
  SAYS_WHO_USES.test(title) || NAMES_ADOPTERS_ELSEWHERE.test(title) || HEADED_BY_USERS.test(title);

export const namesWhoUses = (title: string) =>
  NAMES_ADOPTERS.test(title) || SAYS_WHO_USES.test(title) || NAMES_ADOPTERS_ELSEWHERE.test(title);

/**
 * A document about something else (a README: install, usage, contributing) that keeps its adopters in
 * one part of its own (`## Companies that use it`): the ranges of those parts, where the new entry goes
 * and nowhere else (the README's lists of features or links are not adopters, however long). Undefined
 * for an adopters file, whose title (a heading, HTML or front matter) says who uses the project.
 */
export function adoptersParts(doc: AdoptersDocument): (Range & { title: string })[] | undefined {
  const sections = allSections(buildSections(doc)).filter((s) => s.heading && s.title);
  // The first top heading is the title; a README may head each of its parts with `#` too (`# Goals`,
  // `# Users`, `# Features`).
  const title = sections.find((s) => s.depth === 1);
  const titles = [...(title ? [title.title!] : []), ...htmlTitles(doc), ...frontMatterTitles(doc)];
  if (titles.some(namesWhoUses)) return undefined;
  // Without a title, a page may be the list itself, a heading per adopter ("## Nairobi Linux Users Group"):
  // only a part that says who uses the project ("## Apps using it"), or is headed by its users ("### Known
  // Users"), marks a page about something else.
  const namesPart = titles.length ? namesWhoUses : headsUsersPart;
  const parts = sections.filter(
    (s) =>
      s !== title &&
      namesPart(s.title!) &&
      !NOT_THE_LIST.test(s.title!) &&
      // "User guide", "For organizations": a part for the project's users to read, not a list of them; a
      // "Feature showcase" shows the product.
      !/\b(?:guides?|manual|documentation|docs|install\w*|support|for|setup|features?)\b/i.test(s.title!),
  );
  if (parts.length) return parts.map((s) => ({ start: s.start, end: s.end, title: s.title! }));
  return titles.length ? emphasizedParts(doc, sections) : undefined;
}

/**
 * `**Used by:**` over a list, inside a README's `## Community`: a title written in emphasis marks the
 * part too, from itself to the end of the list it titles (labelled lines may follow: `**License:** …`).
 */
function emphasizedParts(doc: AdoptersDocument, sections: Section[]): (Range & { title: string })[] | undefined {
  const parts: (Range & { title: string })[] = [];
  for (const section of sections) {
    for (const [i, block] of section.blocks.entries()) {
      if (block.type !== 'paragraph' || block.children.length !== 1) continue;
      const only = block.children[0]!;
      if (only.type !== 'strong' && only.type !== 'emphasis') continue;
      const title = displayText(only).trim();
      if (!SAYS_WHO_USES.test(title) || section.blocks[i + 1]?.type !== 'list') continue;
      parts.push({ start: startOf(block), end: endOf(section.blocks[i + 1]!), title: title.replace(/:$/, '') });
    }
  }
  return parts.length ? parts : undefined;
}

/** A page's title in its front matter (`title: "Adopters"`, `title = "Who uses it"`). */
function frontMatterTitles(doc: AdoptersDocument): string[] {
  const m = /^title\s*[:=]\s*(.+)$/m.exec(doc.source.slice(0, doc.bodyStart));
  return m ? [m[1]!.replace(/^["']|["']\s*$/g, '')] : [];
}

/** A README's title written in HTML (`<h1 align="center"><img alt="Acme - the proxy"></h1>`): its words. */
function htmlTitles(doc: AdoptersDocument): string[] {
  return topLevelHtml(doc)
    .filter((n) => /^<h1\b/i.test(n.value.trim()))
    .map((n) => `${n.value.replace(/<[^>]*\balt="([^"]*)"[^>]*>/gi, ' $1 ').replace(/<[^>]*>/g, ' ')}`.trim());
}
