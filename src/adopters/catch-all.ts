import type { RootContent } from 'mdast';
import type { AdoptersDocument } from './document.js';
import { isCatchAll } from './entry-traits.js';
import { displayText } from './inline.js';

/** The block right before is a catch-all entry (`**Other projects** -`): a list under it belongs to it. */
export function followsCatchAll(doc: AdoptersDocument, blocks: RootContent[], index: number): boolean {
  const before = blocks[index - 1];
  if (!before || before.type !== 'paragraph') return false;
  const text = displayText(before)
    .replace(/\s*[-–—:]\s*$/, '')
    .trim();
  if (isCatchAll(text) || isCatchAll(text.split(/\s+[-–—:]\s+|:\s/)[0] ?? '')) return true;
  // "Other projects that use it:" introduces the catch-all's own list.
  return /^(?:and\s+)?(?:many\s+)?(?:other|others|more)\b/i.test(text) && /:\s*$/.test(displayText(before).trim());
}
