// Compares text as Intl.Collator('en', { sensitivity: 'base' }) does, without building the collator for
// names of printable ASCII and accented Latin letters (most names): creating the first collator loads
// ICU's collation data, about 5 ms of every command that sorts. In Unicode's collation order (CLDR root)
// each of these characters has one weight of its own, and at base strength case and accents do not
// count, so comparing weight by weight is the collator's answer; a test holds the two equal. Any other
// character goes to the collator.

/** Printable ASCII in collation order; the characters of one group weigh the same ("Aa"). */
const ORDER = [
  ' ',
  '_',
  '-',
  ',',
  ';',
  ':',
  '!',
  '?',
  '.',
  "'",
  '"',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '@',
  '*',
  '/',
  '\\',
  '&',
  '#',
  '%',
  '`',
  '^',
  '+',
  '<',
  '=',
  '>',
  '|',
  '~',
  '$',
  '0',
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
  'Aa',
  'Bb',
  'Cc',
  'Dd',
  'Ee',
  'Ff',
  'Gg',
  'Hh',
  'Ii',
  'Jj',
  'Kk',
  'Ll',
  'Mm',
  'Nn',
  'Oo',
  'Pp',
  'Qq',
  'Rr',
  'Ss',
  'Tt',
  'Uu',
  'Vv',
  'Ww',
  'Xx',
  'Yy',
  'Zz',
];

/** A character's weight by its code; -1 for the characters the table leaves to the collator. */
const WEIGHT = new Int8Array(128).fill(-1);
ORDER.forEach((group, weight) => {
  for (const char of group) WEIGHT[char.charCodeAt(0)] = weight;
});

let collator: Intl.Collator | undefined;

/** Negative, zero or positive as `a` sorts before, with or after `b`, ignoring case and diacritics. */
export function compareText(a: string, b: string): number {
  const quick = compareAscii(a, b) ?? compareAscii(withoutAccents(a), withoutAccents(b));
  if (quick !== undefined) return quick;
  collator ??= new Intl.Collator('en', { sensitivity: 'base' });
  return collator.compare(a, b);
}

/**
 * "Crédit" as "Credit": a letter that decomposes into an ASCII letter and combining accents weighs what
 * its letter weighs at base strength (a test holds this for every such letter of the Latin blocks).
 */
function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** The answer for two strings of table characters only; undefined when either holds another. */
function compareAscii(a: string, b: string): number | undefined {
  let answer = 0;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = i < a.length ? weightAt(a, i) : -2;
    const y = i < b.length ? weightAt(b, i) : -2;
    if (x === -1 || y === -1) return undefined;
    // The first difference decides, but every character must still be one of the table's: a combining
    // accent further on would make the collator ignore it.
    if (answer === 0 && x !== y) answer = x < y ? -1 : 1;
  }
  return answer;
}

function weightAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code < 128 ? WEIGHT[code]! : -1;
}
