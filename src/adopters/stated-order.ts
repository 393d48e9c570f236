/**
 * What a file's own words say about its order ("keep it alphabetical", "add yours at the end", "newest
 * first"): read by the Markdown and the data engines alike, so kept apart from the order's arithmetic.
 */
export type Order = 'alphabetical' | 'append';

// Also "lexicographical order", and the word in the other languages files are kept in (`按字母顺序`,
// `alphabetisch`, `orden alfabético`, `ordre alphabétique`, `アルファベット順`).
const ALPHABETICAL =
  /\b(?:alphabetic|lexicographic)(?:al(?:ly)?)?\b|\balphabetisch\b|\balfab[eé]tic[oa]\b|\balphab[eé]tique\b|字母顺序|字母順序|字典顺序|字典序|アルファベット順|\bsorted\s+(?:by\s+(?:[\w-]+\s+){0,2}names?|a\s*[-–]\s*z)\b|\bin\s+a\s*[-–]\s*z\b/i;
const CHRONOLOGICAL =
  /\bchronologic(?:al(?:ly)?)?\b|\border\s+(?:in\s+which|that)\b[^.]{0,60}\b(?:added|joined|adopted)\b|\b(?:append|add)\b[^.]{0,40}\b(?:to|at)\s+the\s+(?:end|bottom)\b|\bappend\b[^.]{0,30}\b(?:table|list)\b|\border\s+of\s+(?:addition|adoption)\b/i;
/** "Users (most recent first)", "Newest additions first", "add yours at the top of the list": the order added, newest at the start. */
const NEWEST_FIRST =
  /\b(?:most\s+recent|newest|latest)(?:\s+(?:additions?|entries|entry|ones?|adopters|users|items))?\s+(?:first|on\s+top|at\s+the\s+top)\b|\breverse[-\s]+chronologic(?:al(?:ly)?)?\b|\b(?:add|insert|put|place)\b[^.]{0,40}\b(?:to|at)\s+the\s+(?:top|beginning|start)\s+of\s+the\s+(?:list|table|page|section)\b/i;
/** "the project's own first, rest alphabetical", "alphabetical after the sponsors": a head kept first, then the order. */
const PINNED_HEAD =
  /\bfirst,?\s+(?:then\s+)?(?:the\s+)?rest\b|\bthe\s+rest\s+(?:is\s+|kept\s+|in\s+)?alphabetical|\balphabetical(?:ly)?\s+(?:order\s+)?after\s+the\b/i;
const NO_ORDER =
  /\b(?:no|not\s+(?:listed\s+)?in\s+any)\s+(?:particular|specific)\s+order\b|\bnot\s+(?:in\s+)?alphabetical(?:\s+order)?\b/i;

/** Where a site sorts a list as it shows it. */
const WHERE_SHOWN = String.raw`(?:automatically|on\s+(?:the\s+)?(?:page|site|website)|in\s+the\s+(?:grid|page|site|website)|when\s+(?:rendered|displayed|shown|built)|at\s+(?:build|render)(?:\s+time)?)`;
/** Sorting the site does when it shows the list ("are sorted … on the website", "in the grid … will be sorted"), not an order the file is kept in. */
const SORTED_ON_DISPLAY = new RegExp(
  String.raw`\b(?:will\s+be|are|is|gets?)\s+(?:automatically\s+)?sorted\b[^.\n]*?\b${WHERE_SHOWN}\b[^.\n]*|\bin\s+the\s+(?:grid|page|site|website)\b[^.\n]*?\bwill\s+be\s+sorted\b[^.\n]*`,
  'gi',
);

/** A word every pattern above needs one of: most prose says nothing of the order, and is let go at once. */
const ORDER_WORD =
  /alphabe|alfab|lexicographic|字母|字典|アルファベット|sorted|\ba\s*[-–]\s*z\b|chronologic|order|append|\badd\b|recent|newest|latest|insert|\bput\b|\bplace\b/i;

/** What the file's own words say about its order, from the prose that applies to the container. */
export function statedOrder(statements: string[]): {
  order?: Order;
  evidence?: string;
  newestFirst?: boolean;
  pinnedHead?: boolean;
} {
  // "logos in the grid will be sorted by name": the page sorts them, which says nothing of the file.
  const text = statements.join('\n').replace(SORTED_ON_DISPLAY, '');
  if (!ORDER_WORD.test(text)) return {};
  const quote = (re: RegExp) => {
    const m = re.exec(text);
    return m ? `the file says "${m[0]}"` : undefined;
  };
  if (NO_ORDER.test(text)) return { order: 'append', evidence: quote(NO_ORDER) };
  const alphabetical = ALPHABETICAL.test(text);
  if (!alphabetical && NEWEST_FIRST.test(text))
    return { order: 'append', evidence: quote(NEWEST_FIRST), newestFirst: true };
  const chronological = CHRONOLOGICAL.test(text);
  if (alphabetical !== chronological)
    return {
      order: alphabetical ? 'alphabetical' : 'append',
      evidence: quote(alphabetical ? ALPHABETICAL : CHRONOLOGICAL),
      ...(alphabetical && PINNED_HEAD.test(text) ? { pinnedHead: true } : {}),
    };
  return {};
}
