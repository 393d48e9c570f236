import type { PhrasingContent } from 'mdast';
import { type AdoptersDocument, endOf } from './document.js';
import { displayText, isGenericLinkText, type NamePart } from './inline.js';

/** `Other Projects`, `And many more`: a trailing catch-all that must stay last. */
export function isCatchAll(name: string): boolean {
  return /^(?:and\s+)?(?:many\s+)?(?:other|others|more|misc(?:ellaneous)?|etc\.?)(?:\s+(?:projects?|users?|adopters?|organi[sz]ations?|compan(?:y|ies)))?\s*[.:!…]*$/i.test(
    name.trim(),
  );
}

const SENTENCE_WORDS =
  /\b(?:is|are|be|been|should|must|can|will|have|has|please|you|your|we|our|if|to|this|these|the list)\b/i;
/** "Open a PR", "edit this file": instructions that happen to start with a link. */
const IMPERATIVE =
  /^(?:open|submit|send|create|edit|fill(?:\s+out)?|add|file|raise|make|fork|click|see|read|join|contact|e-?mail|follow|visit|check)\s+(?:a|an|the|this|your|out|in|us|our|it|here)\b/i;
const LABELS =
  /^(?:note|notes|important|warning|tip|caution|update|updated|disclaimer|n\.?b\.?|example|todo|attention)$/i;

/**
 * Does the start of this block name an organization? Linked and bold names do (unless they are labels
 * like **Note**); plain text does when it is short and reads like a name rather than a sentence.
 */
export function isNameLike(part: NamePart | undefined): boolean {
  if (!part || !part.name || part.name.length > 100) return false;
  if (LABELS.test(part.name)) return false;
  const words = part.name.split(/\s+/).length;
  if (part.linked) return words <= 12 && !IMPERATIVE.test(part.name);
  if (part.open) return words <= 10;
  return words <= 6 && !/[.!?]$/.test(part.name) && !SENTENCE_WORDS.test(part.name);
}

/** The raw text after the name part up to `end`: separator and description. */
export function tailAfterName(doc: AdoptersDocument, part: NamePart, end: number): string {
  return doc.source.slice(part.end, end);
}

/** `' - '`, `': '`, `' '`, a line break (`'  \n'`, `'<br>\n'`, `'\n\n'`), or `''` when nothing follows. */
export function separatorOf(tail: string): string {
  const m = /^(?:[ \t]*(?:<br\s*\/?>|\\)?[ \t]*\r?\n(?:[ \t]*\r?\n)?|[ \t]*[-–—:|][ \t]*|[ \t]+)/.exec(tail);
  return m ? m[0] : '';
}

/** A description is text with letters beyond the separator, not just a `[link](url)` to the site. */
export function describes(tail: string): boolean {
  const text = tail
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, (_m, label: string) => (isGenericLinkText(label) ? ' ' : label))
    .replace(/<[^>]*>/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ');
  return /\p{L}{2}/u.test(text);
}

/** The first generic `[link](url)` after the name: the organization's site when the name is plain. */
export function genericLinkUrl(rest: PhrasingContent[]): string | undefined {
  for (const n of rest) if (n.type === 'link' && isGenericLinkText(displayText(n))) return n.url;
  return undefined;
}

/** Shape key of a name part: how the name is wrapped and linked. */
export function namePartShape(part: NamePart | undefined): string {
  if (!part) return 'none';
  const link = part.logo ? 'logo' : part.reference ? 'ref' : part.angleUrl ? 'angle' : part.linked ? 'link' : 'plain';
  return `${part.open}${link}${part.close.replace(/\s+$/, '')}`;
}

export function nodeEnd(nodes: { position?: { end: { offset?: number } } }[]): number {
  const last = nodes[nodes.length - 1];
  return last ? endOf(last as never) : 0;
}
