import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateSubmission } from '../../src/submission/validate-submission.js';

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));
const isPlainLetter = (char: string) => /^\p{L}$/u.test(char) && !/\p{Default_Ignorable_Code_Point}/u.test(char);

/** Letters of the scripts real names are written in (Latin with accents, Greek, Cyrillic, Hebrew, Arabic, CJK, kana, Hangul). */
const LETTERS = [
  ...range(0x41, 0x5a),
  ...range(0x61, 0x7a),
  ...range(0xc0, 0x17f),
  ...range(0x391, 0x3c9),
  ...range(0x410, 0x44f),
  ...range(0x5d0, 0x5ea),
  ...range(0x627, 0x64a),
  ...range(0x3041, 0x3096),
  ...range(0x30a1, 0x30fa),
].filter(isPlainLetter);
const letter = fc.oneof(
  fc.constantFrom(...LETTERS),
  fc.integer({ min: 0x4e00, max: 0x9fff }).map((cp) => String.fromCodePoint(cp)),
  fc.integer({ min: 0xac00, max: 0xd7a3 }).map((cp) => String.fromCodePoint(cp)),
);
const other = fc.constantFrom(..."0123456789&()'.-", '（', '）', '’');
const word = fc
  .tuple(
    letter,
    fc.array(fc.oneof({ weight: 3, arbitrary: letter }, { weight: 1, arbitrary: other }), { maxLength: 18 }),
  )
  .map(([first, rest]) => first + rest.join(''));
/** Names of 1–5 words (single spaces), at most 99 code points: always within the rules. */
const realisticName = fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => words.join(' '));

const forbidden = fc.oneof(
  fc.integer({ min: 0x00, max: 0x1f }),
  fc.integer({ min: 0x7f, max: 0x9f }),
  fc.constantFrom(0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2028, 0x2029),
  fc.constantFrom(0x2060, 0x2066, 0x2067, 0x2068, 0x2069, 0xfeff, 0x00ad, 0x034f, 0x115f, 0x1160, 0x3164, 0xffa0),
  fc.integer({ min: 0xfe00, max: 0xfe0f }),
  fc.integer({ min: 0xe0000, max: 0xe007f }),
  fc.integer({ min: 0xe000, max: 0xf8ff }),
  fc.integer({ min: 0xf0000, max: 0xf00ff }),
  fc.constantFrom(0x0378, 0x0379, 0x0380, 0x0590, 0xfdd0, 0xfffe, 0xffff, 0x10ffff),
  fc.integer({ min: 0xd800, max: 0xdfff }),
);

describe('validateSubmission properties', () => {
  it('should accept realistic names and return them unchanged (NFC)', () => {
    fc.assert(
      fc.property(realisticName, (name) => {
        const result = validateSubmission({ name, website: 'https://acme.com', consent: true });
        expect(result.ok ? result.submission.name : result.errors).toBe(name.normalize('NFC'));
      }),
      { numRuns: 500 },
    );
  });

  it('should refuse a name with one forbidden code point anywhere', () => {
    fc.assert(
      fc.property(realisticName, forbidden, fc.nat(), (name, codePoint, at) => {
        const chars = [...name];
        const index = at % (chars.length + 1);
        chars.splice(index, 0, String.fromCodePoint(codePoint));
        const result = validateSubmission({ name: chars.join(''), website: 'https://acme.com', consent: true });
        expect(result.ok).toBe(false);
        expect(!result.ok && result.errors.some((e) => e.field === 'name' && e.message.includes('U+'))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
