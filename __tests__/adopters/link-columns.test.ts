// Table columns whose cells are links but whose header or neighbours say what the links are. Keyed by
// hand from two real files before the engine ran on them; the rows here are made up in their shapes.
import { describe, expect, it } from 'vitest';
import { inserted, lines } from '../support/held-out.js';

describe('a column headed for links and contacts that holds a link to a page', () => {
  // One row, its last cell a link to a page about the organization (no handle, no e-mail address), and no
  // closing pipe: the column takes the new website, not nothing.
  const file = lines(
    '# Adopters',
    '',
    '| Who are you ? | How do you use it? | Links/contact ... |',
    '|  --- | --- | ---|',
    '| Alpha Group  | Reference project for internal trainings   | [Alpha Holding](https://en.example.org/wiki/Alpha)',
    '',
  );

  it('writes the website there, so no value is dropped', () => {
    const result = inserted(file);
    expect(result.line).toBe(6);
    expect(result.entry).toContain('(https://mangometrics.example.com)');
    expect(result.entry).toMatch(/^\| Mango Metrics \| Runs it in production for internal services\. \| .+\|$/);
    expect(result.warnings ?? []).toEqual([]);
  });

  it('keeps a column of e-mail addresses under the same words as the contact column', () => {
    const withMail = file.replace('[Alpha Holding](https://en.example.org/wiki/Alpha)', 'ops@alpha.example.org |');
    const result = inserted(withMail);
    expect(result.entry).not.toContain('https://mangometrics.example.com');
  });
});

describe('a column where some rows write their use out and others link the words', () => {
  // Stated alphabetical; Organization | Website | Scenario, the scenarios mostly linked phrases.
  const file = lines(
    'All organizations are sorted alphabetically below.',
    '',
    '| Organization | Website | Scenario | ',
    '| --- | --- | --- | ',
    '| Alpha | https://alpha.example.org/ | [Alpha Signer](https://docs.alpha.example.org/signer) |',
    '| Bravo |  https://bravo.example.org/ |  [sign and verify images with the command line](https://bravo.example.org/docs) |',
    '| Kilo | https://kilo.example.org/ | [Support verifying signatures in admission](https://kilo.example.org/docs/verify) |',
    '| Romeo |  https://romeo.example.org/ | Validating artifact signatures using the library |',
    '| Tango | https://tango.example.org/catalog | [Sign and verify a large catalog of charts](https://tango.example.org/blog) |',
  );

  it('writes the description there as plain text, in order', () => {
    const result = inserted(file);
    expect(result.line).toBe(8);
    expect(result.entry).toBe(
      '| Mango Metrics | https://mangometrics.example.com | Runs it in production for internal services. |',
    );
  });
});
