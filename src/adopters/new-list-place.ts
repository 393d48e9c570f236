import type { RootContent } from 'mdast';
import { type AdoptersDocument, endOf, startOf } from './document.js';
import { displayText } from './inline.js';
import { isRemarkLabel } from './entry-traits.js';
import { NAMES_ADOPTERS } from './adopter-words.js';
import { allSections, buildSections, sectionMatches } from './sections.js';

/** Where the first list goes in a file that has none yet. */

/** A heading over the adopters themselves: not how to add one, not a template. */
export const NOT_THE_LIST = /\b(?:how|add(?:ing)?|template|example|why|become|types?)\b/i;

/** `_If you use it, add your organization here!_`, `*None yet. Be the first.*`: a line that waits for entries. */
function isInvitation(doc: AdoptersDocument, block: RootContent): boolean {
  if (block.type !== 'paragraph') return false;
  const only = block.children.length === 1 ? block.children[0] : undefined;
  if (only && (only.type === 'emphasis' || only.type === 'strong')) return true;
  // `**Note:** the list is kept by its users…`: a remark about the list, not an entry of it.
  const first = block.children[0];
  if ((first?.type === 'strong' || first?.type === 'emphasis') && isRemarkLabel(displayText(first))) return true;
  return /\b(?:none yet|be the first|add (?:your|yours)|your (?:organi[sz]ation|company) here)\b/i.test(
    doc.source.slice(startOf(block), endOf(block)),
  );
}

/**
 * A heading over the adopters that holds nothing yet but an invitation (`## Production Adopters` over
 * `_Add your organization here!_`): the one `--section` names, else the first. The first list goes after it.
 */
export function waitingSection(
  doc: AdoptersDocument,
  choice?: string,
): { offset: number; section: string | null } | undefined {
  const waiting = allSections(buildSections(doc)).filter(
    (s) =>
      s.heading &&
      s.title &&
      NAMES_ADOPTERS.test(s.title) &&
      !NOT_THE_LIST.test(s.title) &&
      // Nothing under it but an invitation; a heading with nothing at all under it only when it holds no
      // sections either (a title over the whole page does).
      (s.blocks.length ? s.blocks.every((b) => isInvitation(doc, b)) : !s.subsections.length),
  );
  const chosen = (choice && waiting.find((s) => sectionMatches(choice, s.title!))) || waiting[0];
  if (!chosen) return undefined;
  const last = chosen.blocks[chosen.blocks.length - 1];
  return { offset: last ? endOf(last) : endOf(chosen.heading!), section: chosen.title };
}

/**
 * The heading `--section` names exactly that holds nothing yet but an invitation, beside the file's lists
 * (`Projects` under `Organizations` and its list): the section's first entry goes after it.
 */
export function emptySectionNamed(
  doc: AdoptersDocument,
  choice: string,
): { offset: number; section: string | null } | undefined {
  const named = allSections(buildSections(doc)).find(
    (s) =>
      s.heading &&
      s.title &&
      sectionMatches(choice, s.title) === 'exact' &&
      !s.subsections.length &&
      s.blocks.every((b) => isInvitation(doc, b)),
  );
  if (!named) return undefined;
  const last = named.blocks[named.blocks.length - 1];
  return { offset: last ? endOf(last) : endOf(named.heading!), section: named.title };
}

/** Where a list goes in a file that has none: after the title and its introduction, before the next heading. */
export function afterIntroduction(doc: AdoptersDocument): { offset: number; section: string | null } {
  const root = buildSections(doc);
  const title = root.subsections[0];
  if (!title) return { offset: doc.source.length, section: null };
  const last = title.blocks[title.blocks.length - 1];
  return { offset: last ? endOf(last) : endOf(title.heading!), section: title.title };
}
