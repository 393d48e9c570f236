import type { RootContent } from 'mdast';
import { isCatchAll, isPlaceholder } from './entry-traits.js';
import { displayText } from './inline.js';
import { statedOrder } from './stated-order.js';

/**
 * A block after the last entry that is the page's, not that entry's story: a short line that invites or
 * gathers the rest (`[Add Your Company](…)`, "and many more"), a word about the list's order, an embed's
 * script, the closing tag of a wrapper the list sits in (`</div>`, `</details>`), or the page's link
 * definitions gathered at its end (`[teamcity]: https://…`, used by entries all over the page).
 */
export function closesPage(block: RootContent): boolean {
  if (block.type === 'definition') return true;
  if (block.type === 'html') return /^(?:<script\b|(?:\s*<\/[a-z][\w-]*\s*>)+\s*$)/i.test(block.value.trim());
  if (block.type !== 'paragraph') return false;
  const text = displayText(block).trim();
  // "The applications shown above are not listed in any specific order": a word about the list.
  if (text.length <= 300 && statedOrder([text]).order !== undefined) return true;
  return text.length <= 60 && (isCatchAll(text) || isPlaceholder(text, undefined));
}
