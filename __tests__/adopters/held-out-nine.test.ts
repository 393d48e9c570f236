import { describe, expect, it } from 'vitest';
import { inserted, keyed, lines } from '../support/held-out.js';

/**
 * Shapes from a ninth collection of real files the engine had never seen, written here in general form.
 * Each expected entry and place is the one a maintainer chose in a hand-made key before the engine ran.
 */
describe('a list that holds only its example', () => {
  const source = lines(
    '# Who uses it?',
    '',
    'Please send a PR with *your* organization name if you are adopting it in practice.',
    '',
    '[![Adopter v1.0.0](https://img.shields.io/badge/Adopter-v1.0.0-%235D96FC)](https://example.org/ADOPTERS.md)',
    '',
    'Currently, the following organizations are officially adopting it (in alphabetical order).',
    '',
    '1. [Example Organization](https://example.com) – `Example` has adopted it to manage our X and Y products.',
  );

  it('takes the first adopter into that list, in the example’s shape, not the badge above it for a list', () => {
    const result = inserted(source);
    expect(result.line).toBe(10);
    expect(result.entry).toMatch(
      /^\d+\. \[Mango Metrics\]\(https:\/\/mangometrics\.example\.com\) – Runs it in production for internal services\.$/,
    );
  });

  it('keeps the stated order around the example', () => {
    const result = inserted(source, keyed('Aardvark Analytics'));
    expect(result.line).toBe(9);
    expect(result.content.split('\n')[9]).toMatch(/^1\. \[Example Organization\]/);
  });
});
