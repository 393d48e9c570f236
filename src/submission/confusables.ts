import { domainToUnicode } from 'node:url';
import { formatCodePoint } from './code-points.js';
import { ASCII_CONFUSABLES } from './confusables-table.js';

/*
 * Look-alike detection after UTS #39 ("Unicode Security Mechanisms", section 4, confusable detection).
 * The mapping is the part of Unicode's confusables.txt whose prototypes are ASCII (generated into
 * confusables-table.ts by scripts/generate-confusables.mjs; regenerate it from a newer confusables.txt
 * to update). One deliberate difference from the standard skeleton: NFKC is applied first, which folds
 * fullwidth, mathematical and other compatibility forms without carrying their table entries.
 * Look-alikes are flagged for a maintainer, never refused outright (THREATS.md rule 5).
 */

// The whole table is needed only for text outside ASCII: built on first need (it has thousands of entries,
// and nearly every name a big file lists is ASCII).
let prototypes: ReadonlyMap<string, string> | undefined;
function prototypeMap(): ReadonlyMap<string, string> {
  prototypes ??= new Map(
    ASCII_CONFUSABLES.flatMap(([prototype, sources]) => [...sources].map((source) => [source, prototype] as const)),
  );
  return prototypes;
}
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/u;
// Printable ASCII (how a hostname is taken as shown).
const ASCII_ONLY = /^[ -~]*$/;
// All of ASCII, control characters too: its own NFKC and NFD, with no default-ignorable in it, so only the
// table applies. (Keying the 128 characters at start through the full path built the whole map for the
// 33 control characters: a millisecond and a half of every start.)
const ASCII = /^[\0-\x7f]*$/;
// The few ASCII characters that have a prototype of their own (`|` → `l`), read from the table directly.
const ASCII_PROTOTYPES: readonly string[] = (() => {
  const table = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code));
  for (const [prototype, sources] of ASCII_CONFUSABLES) {
    for (let i = 0; i < sources.length; i++) {
      const code = sources.charCodeAt(i);
      if (code < 128) table[code] = prototype;
    }
  }
  return table;
})();

/**
 * The UTS #39 skeleton of `text` (NFKC, NFD, default-ignorables dropped, each code point replaced by
 * its prototype, NFD again): two strings with one skeleton look alike. Case-sensitive, as the standard.
 */
export function skeleton(text: string): string {
  // ASCII is its own NFKC and NFD and holds no default-ignorable: only the table applies (the common case,
  // and the one every listed entry of a big file takes).
  if (ASCII.test(text)) {
    let ascii = '';
    for (let i = 0; i < text.length; i++) ascii += ASCII_PROTOTYPES[text.charCodeAt(i)]!;
    return ascii;
  }
  let mapped = '';
  for (const char of text.normalize('NFKC').normalize('NFD')) {
    if (IGNORABLE.test(char)) continue;
    mapped += prototypeMap().get(char) ?? char;
  }
  return mapped.normalize('NFD');
}

/**
 * The key two strings share when they look alike ignoring case: skeleton, lower case, skeleton again
 * (so "I" and "l", which share a prototype, still match after "I" would have lowered to "i").
 */
export function confusableKey(text: string): string {
  if (ASCII.test(text)) {
    // Each ASCII character's key is its own (skeleton, lower case and skeleton again act per character
    // here): one pass over a table instead of three (every entry of a big file is keyed).
    let key = '';
    for (let i = 0; i < text.length; i++) key += ASCII_KEYS[text.charCodeAt(i)]!;
    return key;
  }
  return skeleton(skeleton(text).toLowerCase());
}

const ASCII_KEYS: readonly string[] = Array.from({ length: 128 }, (_, code) =>
  skeleton(skeleton(String.fromCharCode(code)).toLowerCase()),
);

/** True when two different strings look alike: "Gооgle" (Cyrillic о) or "Ｇoogle" vs "Google". */
export function looksLike(a: string, b: string): boolean {
  return a !== b && confusableKey(a) === confusableKey(b);
}

/** A hostname as people see it: lower case, punycode (`xn--`) labels shown in Unicode. */
export function displayHostname(hostname: string): string {
  const lower = hostname.toLowerCase().replace(/\.$/, '');
  // An ASCII name changes only in its punycode labels (an invalid one falls back to itself either way).
  if (ASCII_ONLY.test(lower) && !lower.includes('xn--')) return lower;
  return domainToUnicode(lower) || lower;
}

/** True when two different hostnames look alike once punycode is shown: "xn--ggle-55da.com" vs "google.com". */
export function hostnamesLookAlike(a: string, b: string): boolean {
  const left = displayHostname(a);
  const right = displayHostname(b);
  return left !== right && confusableKey(left) === confusableKey(right);
}

/** Scripts whose letters imitate Latin ones (the confusables of the table above, by script). */
const LATIN_LOOKALIKE_SCRIPTS = ['Cyrillic', 'Greek', 'Armenian', 'Cherokee'] as const;
// Made on first need (a hostname outside ASCII): each script class is parsed as its expression is made.
let scriptTests: ReadonlyMap<string, RegExp> | undefined;
const scriptTestsMap = (): ReadonlyMap<string, RegExp> =>
  (scriptTests ??= new Map(
    ['Latin', ...LATIN_LOOKALIKE_SCRIPTS].map((script) => [script, new RegExp(`\\p{Script=${script}}`, 'u')]),
  ));

export type SpoofingLabel =
  { kind: 'mixed'; label: string; scripts: string[] } | { kind: 'whole-script'; label: string; script: string };

/**
 * A domain label written to imitate a Latin one, as browsers judge IDNs: Latin letters mixed with
 * Cyrillic, Greek, Armenian or Cherokee ones in one label ("gооgle"), or a label entirely in one of
 * those scripts whose skeleton is plain ASCII ("аррӏе"). Real IDNs ("президент.рф") pass.
 */
export function findSpoofingLabel(hostname: string): SpoofingLabel | undefined {
  for (const label of displayHostname(hostname).split('.')) {
    if (/^[ -~]*$/.test(label)) continue;
    const scripts = [...scriptTestsMap()].filter(([, test]) => test.test(label)).map(([script]) => script);
    if (scripts.includes('Latin') && scripts.length > 1) return { kind: 'mixed', label, scripts };
    const [script] = scripts;
    if (
      scripts.length === 1 &&
      script !== 'Latin' &&
      script !== undefined &&
      /^[a-z0-9-]+$/.test(confusableKey(label))
    ) {
      return { kind: 'whole-script', label, script };
    }
  }
  return undefined;
}

/**
 * The characters of `text` that stand in for other ones (UTS #39 prototypes: Cyrillic `о` for `o`,
 * fullwidth `Ｇ` for `G`), each once, as `U+043E for "o"`: how a look-alike was made, shown without
 * the character itself. ASCII characters are left out ("m" has the prototype "rn", which is no trick).
 */
export function describeImitations(text: string): string[] {
  const found = new Map<string, string>();
  for (const char of text) {
    const prototype = imitated(char);
    if (prototype !== undefined && !found.has(char)) {
      found.set(char, `${formatCodePoint(char.codePointAt(0) ?? 0)} for "${prototype}"`);
    }
  }
  return [...found.values()];
}

/** `text` with each non-ASCII character that imitates another replaced by it: how a reader takes it. */
export function foldImitations(text: string): string {
  return [...text].map((char) => imitated(char) ?? char).join('');
}

/** What a non-ASCII character passes for, when its skeleton is another text. */
function imitated(char: string): string | undefined {
  if (/^[ -~]$/.test(char)) return undefined;
  const prototype = skeleton(char);
  return prototype === char.normalize('NFD') ? undefined : prototype;
}
