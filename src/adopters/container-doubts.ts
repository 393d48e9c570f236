// What the words around a run say of it: a heading over instructions or a template, a sentence that
// introduces an example, or one that says who the run lists.
import type { RootContent } from 'mdast';
import { displayText } from './inline.js';
import type { ContainerDoubt } from './model.js';

/** Words that introduce a template to copy rather than the list itself. */
export const EXAMPLE_WORDS =
  /\b(?:example|template|e\.g\.|for instance|like this|as follows|following format|format\b|sample|placeholder)/i;
/** A heading over instructions: how to add an entry, not the entries. */
const INSTRUCTION_HEADING =
  /\b(?:how\s+to|add(?:ing)?|updat(?:e|ing)|contribut\w*|submit\w*|instructions?|guidelines?|template|example)\b/i;

/** A heading that gives reasons ("Why list adopters?"): its list says why, not who. */
const REASONS_HEADING = /^\W*why\b/i;

/** A section whose heading is about adding entries, shows a template, or says why to be listed. */
export function instructionSection(title: string | null): boolean {
  return Boolean(
    title &&
    (EXAMPLE_WORDS.test(title.replace(SHOWCASE, '')) || INSTRUCTION_HEADING.test(title) || REASONS_HEADING.test(title)),
  );
}

/** "Examples", "Sample sites": in a heading, the plural shows what people built (sites made with it). */
const SHOWCASE = /\b(?:examples|samples)\b/gi;

/**
 * Does what comes before a block introduce an example? A heading over instructions says so plainly; a
 * sentence ending in a colon with words like "as follows" may introduce the list itself too
 * ("the users are as follows:"), a weaker doubt.
 */
export function exampleDoubt(blocks: RootContent[], index: number, title: string | null): ContainerDoubt | undefined {
  if (instructionSection(title)) return 'instructions';
  // An HTML comment holds its example inside: the block after it is the list itself.
  const before = blocks[index - 1];
  if (!before || before.type !== 'paragraph') return undefined;
  // "Below is a list of several examples that we are aware of:" counts instances, as a heading's plural does.
  const text = displayText(before).replace(SHOWCASE, '');
  return EXAMPLE_WORDS.test(text) && /:\s*$/.test(text.trim()) ? 'introduced' : undefined;
}

/** The sentence right above a list or a table ("The following companies use it:"), if any. */
export function introOf(blocks: RootContent[], index: number): string | undefined {
  const before = blocks[index - 1];
  return before?.type === 'paragraph' ? displayText(before) : undefined;
}
