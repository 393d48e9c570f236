// What a copied sibling holds of its own, which a new entry must not carry: a tag line in its heading, a
// project of its own under it. Keyed by hand from a wiki page and an ADOPTERS.md before the engine ran on
// them; the entries here are made up in their shapes.
import { describe, expect, it } from 'vitest';
import { inserted, lines } from '../support/held-out.js';

describe('one setext heading per adopter, with a tag line', () => {
  const page = lines(
    '*Incomplete list of libraries and applications using the library*',
    '',
    '[Alenka](https://github.com/owner/alenka) - SQL Engine for GPUs',
    '------------------------------------------------------------------',
    '*Alenka is a modern analytical database engine.*',
    '',
    '[Cusp](https://cusp.example.org) - Generic Parallel Algorithms for Sparse Matrices',
    '---------------',
    '*Cusp is a library for sparse linear algebra and graph computations.*',
    '',
    '[Kooderive](https://kooderive.example.org) - Pricing Derivatives',
    '-----',
    '*Kooderive is a library for pricing financial derivatives.*',
    '',
    '[Odeint](https://odeint.example.org) - Solving ODEs in C++',
    '-----',
    '*Odeint is a modern C++ library for numerically solving differential equations.*',
  );

  it("copies the heading and its underline, not the sibling's tag line, and keeps the emphasis of the words", () => {
    const result = inserted(page);
    // Alphabetical: after Kooderive, before Odeint.
    expect(result.line).toBe(15);
    expect(result.entry).toBe(
      [
        '[Mango Metrics](https://mangometrics.example.com)',
        '-----',
        '*Runs it in production for internal services.*',
      ].join('\n'),
    );
    expect(result.warnings.join(' ')).toContain('Pricing Derivatives');
  });
});

describe("an organization's heading over headings of its own projects", () => {
  const file = lines(
    '# Adopters',
    '',
    'This page lists projects and organizations that use the API.',
    '',
    '## [Boavizta](https://boavizta.example.org)',
    '',
    '### [Datavizta](https://datavizta.example.org)',
    '',
    'The official interactive front-end for the API.',
    '',
    '---',
    '',
    '## [DigitalPebble](https://digitalpebble.example.org)',
    '',
    '### [SPRUCE](https://github.com/owner/spruce)',
    '',
    'An open-source enrichment platform for GreenOps.',
    '',
    '---',
    '',
    '## [GenAI Impact](https://github.com/genai-impact)',
    '',
    '### [EcoLogits](https://ecologits.ai)',
    '',
    'A Python library that tracks the energy consumption of generative AI.',
  );

  it("leaves out the sibling's linked project heading: the description sits under the new heading", () => {
    const result = inserted(file);
    expect(result.entry).toBe(
      ['## [Mango Metrics](https://mangometrics.example.com)', '', 'Runs it in production for internal services.'].join(
        '\n',
      ),
    );
    expect(result.entry).not.toContain('ecologits');
  });

  it('keeps a label heading that links nowhere (`#### Use case`)', () => {
    const labelled = lines(
      '# Adopters',
      '',
      '## [Bravo](https://bravo.example.org)',
      '',
      '#### Use case',
      '',
      'Runs its builds.',
      '',
      '## [Charlie](https://charlie.example.org)',
      '',
      '#### Use case',
      '',
      'Runs its tests.',
    );
    expect(inserted(labelled).entry).toBe(
      [
        '## [Mango Metrics](https://mangometrics.example.com)',
        '',
        '#### Use case',
        '',
        'Runs it in production for internal services.',
      ].join('\n'),
    );
  });
});
