import { findForbiddenCodePoints, trimCharacters } from './code-points.js';
import { findMarkupProblems } from './markup-rules.js';

/**
 * Length limits in code points, counted after normalization. 100 is well above every name in the
 * corpus (the longest, "Camelot SI LLC, Sharper Image Licensee of SharperImage.com", has 58) and still
 * fits a table cell; 1,000 is a long paragraph: real people have written over 600 characters on how
 * they use a project (two of 285 real one-adopter commits went past 500), and refusing them helps no one.
 */
export const TEXT_LIMITS = { name: 100, description: 1000 } as const;

/** `name`: one line (names, section text). `description`: one paragraph, possibly typed over several lines. */
export type TextKind = 'name' | 'description';

export type TextCheck = { ok: true; value: string } | { ok: false; problems: string[] };

// Every space separator but the ideographic space (CJK text uses it) becomes U+0020: a no-break or
// thin space displays as a space, and copies of names pasted from web pages often carry them.
const SPACES = /(?!\u3000)\p{Zs}/gu;

/**
 * Checks and normalizes free text a person typed (THREATS.md rules 4, 5 and 8): rejects forbidden
 * code points, NFC-normalizes, turns other spaces into U+0020 and collapses runs, trims, and for a
 * description joins its lines into one paragraph (a soft line break displays as a space) and refuses
 * blank lines. Then checks the length and the markup rules. The value returned is what the entry shows.
 */
export function checkText(raw: string, kind: TextKind, limit: number = TEXT_LIMITS[kind]): TextCheck {
  const multiline = kind === 'description';
  const input = multiline ? raw.replace(/\r\n?/g, '\n') : raw;
  const problems = findForbiddenCodePoints(input, { allowLineFeed: multiline });

  const lines = input
    .normalize('NFC')
    .split('\n')
    .map((line) => trimCharacters(line.replace(SPACES, ' ').replace(/ {2,}/g, ' '), ' \u3000'));
  while (lines.length > 0 && lines[0] === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  if (lines.includes('')) {
    problems.push('has more than one paragraph (a blank line); write a single paragraph.');
  }
  const value = lines.filter((line) => line !== '').join(' ');

  const length = [...value].length;
  if (length > limit) {
    // The other rules are linear, but some only on short text: stop here for oversized input.
    problems.push(`is ${length} characters long; the limit is ${limit}. Shorten it.`);
    return { ok: false, problems };
  }
  if (/^\p{M}/u.test(value)) {
    problems.push('starts with a combining mark, which would attach to the character before it; remove it.');
  }
  if (/\p{M}{5}/u.test(value)) {
    problems.push('stacks five or more combining marks on one character; remove the extra marks.');
  }
  problems.push(...findMarkupProblems(multiline ? lines.join('\n') : value, kind));

  return problems.length === 0 ? { ok: true, value } : { ok: false, problems };
}
