// The scheduled link check on hostile adopters files: links to internal services (reached directly, by
// a DNS answer, or by a redirect) must never be requested; names and URLs in the report issue must not
// notify anyone or render as HTML; the report must stay under GitHub's size limit.
import { expect } from 'vitest';
import type { LinkResult } from '../../../src/links/types.js';
import type { LinksRecord, LinksSpec } from '../support/links.js';
import type { Category, Outcome } from '../support/tally.js';
import type { LinksCase } from './types.js';

const file = (...links: string[]) => `# Adopters\n\n${links.map((l, i) => `- [Org ${i + 1}](${l})`).join('\n')}\n`;

/** Refused: every hostile link was blocked by the guard and the internal server saw no request to it. */
const blockedWithoutRequest = (r: LinksRecord): Outcome =>
  [...r.results.values()].every((x) => x.status === 'blocked') && r.internalHits.length === 0 ? 'refused' : 'accepted';

function ssrf(
  title: string,
  spec: LinksSpec,
  observe = blockedWithoutRequest,
  check?: (r: LinksRecord) => void,
): LinksCase {
  return { via: 'links', category: 'SSRF', title, expect: 'refused', spec, observe, check };
}

const broken: LinkResult = { status: 'broken', code: 404, network: true };
/** Neutralized: a report was written and the suite found nothing live in it (see support/links.ts). */
const reported = (r: LinksRecord): Outcome =>
  r.report !== undefined && r.problems.length === 0 ? 'neutralized' : 'accepted';

function report(category: Category, title: string, text: string, check?: (r: LinksRecord) => void): LinksCase {
  return {
    via: 'links',
    category,
    title,
    expect: 'neutralized',
    spec: { file: text, answers: () => broken },
    observe: reported,
    check,
  };
}

const many = Array.from(
  { length: 3_000 },
  (_, i) => `- [@org${i}/team #${i}](https://dead-${i}.example.com/${'p'.repeat(40)})`,
).join('\n');

export const LINK_CASES: LinksCase[] = [
  ssrf('never requests a loopback IP literal', { file: file('http://127.0.0.1:{port}/secret') }),
  ssrf('never requests loopback written as one decimal number', { file: file('http://2130706433:{port}/secret') }),
  ssrf('never requests the IPv6 loopback', { file: file('http://[::1]:{port}/secret') }),
  ssrf('never requests an IPv4-mapped IPv6 loopback', { file: file('http://[::ffff:127.0.0.1]:{port}/secret') }),
  ssrf('never requests a name whose DNS answer is loopback', {
    file: file('http://rebind.example.com:{port}/secret'),
    dns: { 'rebind.example.com': '127.0.0.1' },
  }),
  ssrf('never requests a name resolving to the cloud metadata address', {
    file: file('http://metadata.example.com/latest/meta-data/'),
    dns: { 'metadata.example.com': '169.254.169.254' },
  }),
  ssrf('never requests a name resolving to a private network', {
    file: file('http://intranet.example.com/'),
    dns: { 'intranet.example.com': '10.0.0.8' },
  }),
  ssrf('never requests a name resolving to a NAT64 form of loopback', {
    file: file('http://nat64.example.com/'),
    dns: { 'nat64.example.com': '64:ff9b::7f00:1' },
  }),
  ssrf(
    'blocks a redirect from an allowed host to loopback, on the hop',
    {
      file: file('http://allowed.example.com:{port}/redirect-inside'),
      dns: { 'allowed.example.com': '127.0.0.1' },
      allowHosts: ['allowed.example.com'],
    },
    (r) =>
      [...r.results.values()][0]?.status === 'blocked' && !r.internalHits.includes('/secret') ? 'refused' : 'accepted',
    (r) => expect(r.internalHits).toEqual(['/redirect-inside']),
  ),
  ssrf(
    'blocks a redirect from an allowed host to the metadata address',
    {
      file: file('http://allowed.example.com:{port}/redirect-metadata'),
      dns: { 'allowed.example.com': '127.0.0.1' },
      allowHosts: ['allowed.example.com'],
    },
    (r) => ([...r.results.values()][0]?.status === 'blocked' ? 'refused' : 'accepted'),
  ),
  report(
    'report and notification abuse',
    'reports dead links whose entries hold mentions and references without notifying anyone',
    file('https://dead.example.com/@octocat', 'https://dead.example.com/#1')
      .replace('Org 1', '@octocat and @github/security')
      .replace('Org 2', 'Fixes #1 and org/repo#2'),
  ),
  report(
    'report and notification abuse',
    'reports an entry whose name holds raw HTML and an image without rendering them',
    file('https://dead.example.com/').replace(
      'Org 1',
      '\\<img src=x onerror=alert(1)\\> !\\[x\\]\\(https://evil.example.com/x.png\\)',
    ),
  ),
  report(
    'report and notification abuse',
    'reports a URL holding a pipe, backticks and a line separator without breaking its table',
    file('https://dead.example.com/a|b`c`\u2028d'),
  ),
  report(
    'report and notification abuse',
    'caps a report of 3,000 dead links under 65,536 characters',
    `# Adopters\n\n${many}\n`,
    (r) => expect(r.report?.length).toBeLessThan(65_536),
  ),
  report(
    'entities',
    "reports an entry named with '&#64;' without turning it into a mention",
    file('https://dead.example.com/').replace('Org 1', '&#64;octocat &amp;#64;team'),
  ),
];
