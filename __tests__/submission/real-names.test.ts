import { describe, expect, it } from 'vitest';
import { validateSubmission } from '../../src/submission/validate-submission.js';
import { CORPUS_NAMES } from './corpus-names.js';

// Named in THREATS.md and the task, not all in the corpus: typical spellings of real organizations.
const OTHER_REAL_NAMES: readonly string[] = [
  'S&P Global',
  'T-Mobile',
  'Yahoo!',
  'Co., Ltd.',
  "O'Reilly",
  'O’Reilly Media',
  'C++ Foundation',
  'Notepad++',
  '（株）メルカリ',
  '株式会社サイバーエージェント',
  '네이버',
  'Яндекс',
  'Ελληνικά Ταχυδρομεία',
  'מכבי שירותי בריאות',
  'Deutsche Börse AG',
  'Łódź Software',
  'Société Générale',
  'Søstrene Grene',
  'Ørsted A/S',
  'Straße 1',
  'A&B (Holdings) Ltd.',
  'A < B',
  'Café 24/7',
];

describe('validateSubmission with real organization names', () => {
  it('has at least 60 names from the corpus', () => {
    expect(CORPUS_NAMES.length).toBeGreaterThanOrEqual(60);
  });

  it.each([...CORPUS_NAMES, ...OTHER_REAL_NAMES])('should accept %s and return it exactly (NFC)', (name) => {
    const result = validateSubmission({ name, website: 'https://acme.com', consent: true });
    expect(result.ok ? result.submission.name : result.errors).toBe(name.normalize('NFC'));
  });

  it('should return a decomposed name in NFC', () => {
    const decomposed = 'Po\u0302le Emploi';
    const result = validateSubmission({ name: decomposed, website: 'https://acme.com', consent: true });
    expect(result.ok && result.submission.name).toBe('Pôle Emploi');
  });
});
