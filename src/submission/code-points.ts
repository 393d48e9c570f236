/**
 * Code points no submitted text may contain (THREATS.md rule 5), found with Unicode property escapes
 * so the tables follow the Unicode version of the running Node (no hand-written ranges to go stale).
 * Checked before NFC normalization, which never creates them.
 */
interface Rule {
  test: RegExp;
  what: string;
  why?: string;
}

// Built on first need, like `anyForbidden` below: each property class is parsed as its expression is made
// (\p{Cn} alone is hundreds of ranges; the eight took most of a millisecond of every start), and most
// submissions are printable ASCII, which holds none of them.
let rules: readonly Rule[] | undefined;
const forbiddenRules = (): readonly Rule[] =>
  (rules ??= [
    { test: /\p{Cs}/u, what: 'a broken character', why: 'a lone UTF-16 surrogate' },
    { test: /[\n\r\v\f\u0085\p{Zl}\p{Zp}]/u, what: 'a line break' },
    {
      test: /\p{Bidi_Control}/u,
      what: 'a bidirectional-text control character',
      why: 'which can make text display in another order than it is stored',
    },
    { test: /\p{Cc}/u, what: 'a control character' },
    {
      test: /\p{Default_Ignorable_Code_Point}/u,
      what: 'an invisible character',
      why: 'such as a zero-width space, a tag, a variation selector or a filler',
    },
    { test: /\p{Cf}/u, what: 'an invisible formatting character' },
    { test: /\p{Co}/u, what: 'a private-use character', why: 'which displays differently on every device' },
    { test: /\p{Cn}/u, what: 'an unassigned code point or a noncharacter' },
  ]);

let anyForbidden: RegExp | undefined;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const PRINTABLE_ASCII_LINES = /^[\x20-\x7e\n]*$/;

/** `U+202E`: how messages name a code point, never the character itself. */
export function formatCodePoint(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

export interface ForbiddenCodePointOptions {
  /** Allow U+000A (multi-line fields; the caller decides what a line break means). */
  allowLineFeed?: boolean;
}

/**
 * One message per kind of forbidden code point found, naming the first one (`U+200B`) and how many
 * there are. Empty when the text is clean.
 */
export function findForbiddenCodePoints(text: string, options: ForbiddenCodePointOptions = {}): string[] {
  if ((options.allowLineFeed ? PRINTABLE_ASCII_LINES : PRINTABLE_ASCII).test(text)) return [];
  anyForbidden ??= new RegExp(
    forbiddenRules()
      .map((r) => r.test.source)
      .join('|'),
    'u',
  );
  if (!anyForbidden.test(text)) return [];
  const found = new Map<Rule, { first: number; count: number }>();
  for (const char of text) {
    if (char === '\n' && options.allowLineFeed) continue;
    const rule = forbiddenRules().find((r) => r.test.test(char));
    if (rule === undefined) continue;
    const seen = found.get(rule);
    if (seen) seen.count += 1;
    else found.set(rule, { first: char.codePointAt(0) ?? 0, count: 1 });
  }
  return [...found].map(([{ what, why }, { first, count }]) => {
    const more = count > 1 ? ` and ${count - 1} more like it` : '';
    const fix =
      what === 'a line break' ? 'write it on one line' : 'remove it (if you pasted the text, type it instead)';
    return `contains ${what} (${formatCodePoint(first)}${more})${why ? `, ${why}` : ''}; ${fix}.`;
  });
}

/** True when the text holds no forbidden code point (line feeds allowed if asked). */
export function hasOnlyAllowedCodePoints(text: string, options: ForbiddenCodePointOptions = {}): boolean {
  return findForbiddenCodePoints(text, options).length === 0;
}

/**
 * `text` without the given characters at either end. A loop, not `/[ ]+$/`: a regular expression
 * anchored at the end rescans every run of blanks, which is quadratic on 65,536 of them (3.5 s).
 */
export function trimCharacters(text: string, characters: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && characters.includes(text.charAt(start))) start += 1;
  while (end > start && characters.includes(text.charAt(end - 1))) end -= 1;
  return text.slice(start, end);
}
