import fc from 'fast-check';
import { checkUrl } from '../../src/submission/url-rules.js';

// Real-looking organization names, websites and descriptions for property tests: accents, ligatures,
// CJK, ampersands, legal suffixes and the punctuation real entries carry.
const letters = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZÆæéèüößçñøåłńžščřÉÖ'.split(''));
const cjk = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCodePoint(c));
const word = fc
  .array(fc.oneof({ weight: 6, arbitrary: letters }, { weight: 1, arbitrary: cjk }), { minLength: 1, maxLength: 9 })
  .map((a) => a.join(''));
const decoration = fc.constantFrom('', '&', '(Labs)', "O'", '3', '42', '.io', '-Tech', '+', 'Inc.');

export const organizationName = fc
  .tuple(word, fc.array(fc.tuple(decoration, word), { maxLength: 3 }))
  .map(([first, rest]) => [first, ...rest.map(([d, w]) => (d ? `${d} ${w}` : w))].join(' ').normalize('NFC'));

export const websiteUrl = fc
  .tuple(
    // Hyphens in the third and fourth places are reserved (`xn--…` is punycode), as browsers have it.
    fc.stringMatching(/^[a-z][a-z0-9-]{1,15}[a-z0-9]$/).filter((host) => host.slice(2, 4) !== '--'),
    fc.constantFrom('com', 'io', 'dev', 'org', 'co.uk'),
    fc.constantFrom('', '/', '/about', '/en/products?x=1'),
  )
  .map(([host, tld, path]) => `https://${host}.${tld}${path}`)
  // A few hosts are public suffixes themselves (`deno.dev`, `github.io`): the rules refuse them as sites.
  .filter((url) => checkUrl(url).ok);

export const descriptionText = fc.option(
  fc
    .array(fc.oneof(word, fc.constantFrom('&', 'uses', 'it', '(in production)', "it's", '100%', 'CI/CD')), {
      minLength: 1,
      maxLength: 12,
    })
    .map((w) => w.join(' ')),
  { nil: undefined },
);
