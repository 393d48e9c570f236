/**
 * Legal-form suffixes dropped from the end of a name, as token sequences (punctuation already gone,
 * so "S.A." is `sa`, "S. A." is `s a`, "Sp. z o.o." is `sp z oo`), tried longest first.
 */
const LEGAL_SUFFIXES: readonly string[][] = [
  'sa de cv',
  's a de c v',
  'sp z oo',
  'pty ltd',
  'pte ltd',
  'pvt ltd',
  'private limited',
  'co ltd',
  'sdn bhd',
  'gmbh and co kg',
  's a',
  's r l',
  'b v',
  'n v',
  'inc',
  'incorporated',
  'llc',
  'llp',
  'lp',
  'ltd',
  'ltda',
  'lda',
  'limited',
  'gmbh',
  'mbh',
  'ag',
  'kg',
  'kgaa',
  'ug',
  'ev',
  'eg',
  'sa',
  'se',
  'sas',
  'sasu',
  'sarl',
  'srl',
  'spa',
  'sro',
  'as',
  'asa',
  'aps',
  'ab',
  'oy',
  'oyj',
  'ou',
  'bv',
  'bvba',
  'nv',
  'co',
  'corp',
  'corporation',
  'company',
  'kk',
  'gk',
  'plc',
  'pty',
  'pte',
  'pvt',
  'doo',
  'dd',
  'kft',
  'zrt',
  'sl',
  'slu',
  'bhd',
  'pbc',
  '株',
]
  .map((suffix) => suffix.split(' '))
  .sort((a, b) => b.length - a.length);

/**
 * The suffixes by their last word, longest first within each: a name's last word finds the few that
 * could end it (duplicate detection folds every entry of a file, against every suffix otherwise).
 */
const SUFFIXES_BY_LAST_WORD = new Map<string, string[][]>();
for (const suffix of LEGAL_SUFFIXES) {
  const last = suffix[suffix.length - 1]!;
  SUFFIXES_BY_LAST_WORD.set(last, [...(SUFFIXES_BY_LAST_WORD.get(last) ?? []), suffix]);
}

/** Chinese and Japanese legal forms, written without spaces before or after the name. */
const CJK_LEGAL_FORMS = ['股份有限公司', '有限责任公司', '有限公司', '株式会社', '有限会社', '合同会社'];

// Letters NFD does not decompose into a base letter and a mark.
const FOLDED_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
};

/**
 * The key under which two spellings of one organization collide, for duplicate detection (DESIGN.md,
 * "Inserting…" point 6): NFKC (fullwidth and other compatibility forms), lower case, diacritics
 * stripped ("Ænix" → "aenix", "Pôle" → "pole"), `&` and `+` spelled out, apostrophes, dots and hyphens
 * dropped inside words ("T-Mobile" → "tmobile", "S.A." → "sa"), other punctuation and symbols turned
 * into spaces, whitespace collapsed, then legal-form suffixes removed from the end ("Zalando SE" →
 * "zalando", "ACME, Inc." → "acme"; "& Co." with its "and"). A name that is only a suffix ("AG") keeps it.
 */
export function normalizeOrganizationName(name: string): string {
  const tokens = foldCharacters(name)
    .split(/\s+/u)
    .filter((token) => token !== '');
  stripCjkLegalForms(tokens);
  for (;;) {
    const last = tokens[tokens.length - 1];
    const suffix = (last === undefined ? undefined : SUFFIXES_BY_LAST_WORD.get(last))?.find(
      (s) => s.length < tokens.length && endsWith(tokens, s),
    );
    if (suffix === undefined) break;
    tokens.splice(tokens.length - suffix.length);
    if (tokens.length > 1 && tokens[tokens.length - 1] === 'and') tokens.pop();
  }
  return tokens.join(' ');
}

const PRINTABLE_ASCII = /^[ -~]*$/;

/** The name's characters folded as above, before it is cut into words. */
function foldCharacters(name: string): string {
  // Printable ASCII is its own NFKC and NFD, carries no marks or folded letters, and every printable character that
  // is not a letter or digit is punctuation or a symbol: the same result, cheaply, for nearly every name
  // (duplicate detection folds every entry of the file).
  if (PRINTABLE_ASCII.test(name)) {
    return name
      .toLowerCase()
      .replace(/&/g, ' and ')
      .replace(/\+/g, ' plus ')
      .replace(/['.-]/g, '')
      .replace(/[!-/:-@[-`{-~]/g, ' ');
  }
  return name
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæœøđðłþı]/g, (letter) => FOLDED_LETTERS[letter] ?? letter)
    .replace(/&/g, ' and ')
    .replace(/\+/g, ' plus ')
    .replace(/['’‘.\-‐‑–·]/g, '')
    .replace(/[\p{P}\p{S}]/gu, ' ');
}

function stripCjkLegalForms(tokens: string[]): void {
  for (const form of CJK_LEGAL_FORMS) {
    const last = tokens[tokens.length - 1];
    if (last !== undefined && last.length > form.length && last.endsWith(form)) {
      tokens[tokens.length - 1] = last.slice(0, -form.length);
    }
    const first = tokens[0];
    if (first !== undefined && first.length > form.length && first.startsWith(form))
      tokens[0] = first.slice(form.length);
  }
}

function endsWith(tokens: readonly string[], suffix: readonly string[]): boolean {
  const offset = tokens.length - suffix.length;
  return suffix.every((token, i) => tokens[offset + i] === token);
}
