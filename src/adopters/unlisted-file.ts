import { MARKDOWN as ADOPTERS_FILE_NAME } from '../init/find-adopters-file.js';
import { type AdoptersDocument, endOf, startOf, topLevelHtml } from './document.js';
import { emptyGeneratedRegion } from './generated-region.js';

/** Why no place is chosen for the entry: a code for the action and a reason for the person. */
export interface Refusal {
  code: 'moved' | 'generated' | 'no-section' | 'no-container';
  reason: string;
}

// Said of a list in a file that holds none: it has moved, or it is kept (found, listed) at another address.
const MOVED =
  /\b(?:has|have|was|were)\s+(?:been\s+)?moved\b|\bmoved\s+to\b|\bnow\s+(?:lives|maintained|hosted|kept)\b|\bcan\s+(?:now\s+)?be\s+(?:found|seen|viewed)\s+(?:at|on|in|here)\b|\b(?:is|are)\s+(?:now\s+)?(?:listed|kept|maintained|published)\s+(?:at|on)\b/i;
function proseText(doc: AdoptersDocument): string {
  return doc.tree.children
    .filter((n) => n.type !== 'code' && startOf(n) >= doc.bodyStart)
    .map((n) => doc.source.slice(startOf(n), endOf(n)))
    .join('\n');
}

/**
 * The adopters file a page with no entries links to (`Add your details to [ADOPTERS.md](…)`): the list
 * is kept there, and a list started here would split it in two.
 */
function linkedAdoptersFile(doc: AdoptersDocument): string | undefined {
  for (const [, target] of proseText(doc).matchAll(/\]\(\s*<?([^)\s>]+)/g)) {
    let name: string;
    try {
      const path = new URL(target!, 'file:///').pathname;
      name = decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
    } catch {
      continue;
    }
    if (ADOPTERS_FILE_NAME.test(name)) return target;
  }
  return undefined;
}

/**
 * A page of front matter and nothing else (`layout: users`), or else only template tags that render it
 * (`{% include feature_row id="row1" %}`, `{{< adopters >}}`): what it shows comes from elsewhere.
 */
function frontMatterOnly(doc: AdoptersDocument): boolean {
  const body = doc.source.slice(doc.bodyStart).replace(/\{%.*?%\}|\{\{.*?\}\}/gs, '');
  return doc.bodyStart > 0 && !body.trim();
}

/** Pictures that no reader took for entries: a few logos already make the file's list. */
const MIN_LOGOS = 3;

/** Images in the file's prose and markup, as Markdown (`![Acme](logos/acme.png)`) or HTML (`<img …>`). */
function shownLogos(doc: AdoptersDocument): number {
  return (proseText(doc).match(/!\[[^\]\n]*\]\([^)\s]+|<img\b/gi) ?? []).length;
}

/** Links written as HTML anchors in the file's markup blocks (an HTML table of adopters, cards). */
function markupLinks(doc: AdoptersDocument): number {
  return markupBlocks(doc).reduce(
    (sum, text) => sum + (text.match(/<a\s[^>]*\bhref\s*=\s*["']?https?:/gi) ?? []).length,
    0,
  );
}

/**
 * The file's HTML blocks, and the indented ones that read as code in Markdown: a page of HTML indented
 * by tabs (`<div>` … `\t<td>` after a blank line) is still the site's markup, whatever CommonMark makes
 * of it.
 */
function markupBlocks(doc: AdoptersDocument): string[] {
  return doc.tree.children
    .filter((n) => startOf(n) >= doc.bodyStart)
    .flatMap((n) =>
      (n.type === 'html' && !/^<!--/.test(n.value)) || (n.type === 'code' && !n.lang && /^\s*</.test(n.value))
        ? [n.value]
        : [],
    );
}

/**
 * A file with no list of entries is refused rather than given a new list where it says or shows that its
 * adopters are kept elsewhere or in a form the bot cannot read.
 */
export function unlistedRefusal(doc: AdoptersDocument): Refusal | undefined {
  if (MOVED.test(proseText(doc)))
    return { code: 'moved', reason: 'this file says the adopters list has moved elsewhere; add the adopter there' };
  const elsewhere = linkedAdoptersFile(doc);
  if (elsewhere)
    return {
      code: 'moved',
      reason: `this file lists no adopters and points to ${elsewhere} for them; add the adopter there`,
    };
  if (emptyGeneratedRegion(doc))
    return {
      code: 'generated',
      reason:
        'the adopters list in this file is generated from a data file (the region between its HTML comment markers is empty in the repository); add the adopter to that data file',
    };
  if (topLevelHtml(doc).some((n) => /^<script\b/i.test(n.value.trim())))
    return {
      code: 'generated',
      reason:
        'this page holds no entries but a script, which builds its list from data kept elsewhere; add the adopter to that data',
    };
  if (frontMatterOnly(doc))
    return {
      code: 'generated',
      reason:
        'this page holds only its front matter and template tags: its template builds the list from the site’s data; add the adopter to that data file',
    };
  const anchors = markupLinks(doc);
  if (anchors >= MIN_LOGOS && shownLogos(doc) < MIN_LOGOS)
    return {
      code: 'no-container',
      reason: `this file lists ${anchors} links in HTML markup (a table or blocks of its own) that the bot cannot read as entries; add the adopter by hand, or mark a list with <!-- adopters:start --> and <!-- adopters:end -->`,
    };
  const logos = shownLogos(doc);
  if (logos >= MIN_LOGOS)
    return {
      code: 'no-container',
      reason: `this file shows its adopters as ${logos} pictures, in markup the bot cannot read as entries; add the adopter by hand, or mark a list with <!-- adopters:start --> and <!-- adopters:end -->`,
    };
  return undefined;
}
