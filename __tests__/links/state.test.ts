import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  advanceState,
  decideReportAction,
  EMPTY_STATE,
  MAX_STATE_CHARS,
  parseState,
  serializeState,
  type LinkState,
} from '../../src/links/state.js';
import { checked } from './helpers.js';

const day = (d: string) => new Date(`${d}T03:00:00Z`);
const options = (d: string) => ({ threshold: 2, today: day(d) });

describe('flake tolerance', () => {
  const broken = [checked('https://a.example/', 'broken'), checked('https://b.example/', 'ok')];

  it('should watch a first network failure without confirming it', () => {
    const { state, failures } = advanceState(EMPTY_STATE, broken, options('2026-11-01'));
    expect(failures.map((f) => [f.link.url, f.runs, f.since, f.confirmed])).toEqual([
      ['https://a.example/', 1, '2026-11-01', false],
    ]);
    expect(state.links).toEqual([{ url: 'https://a.example/', since: '2026-11-01', runs: 1 }]);
  });

  it('should confirm the second consecutive failure and keep the first date', () => {
    const first = advanceState(EMPTY_STATE, broken, options('2026-11-01'));
    const second = advanceState(first.state, broken, options('2026-11-02'));
    expect(second.failures[0]).toMatchObject({ runs: 2, since: '2026-11-01', confirmed: true });
  });

  it('should restart the streak after a passing run', () => {
    const first = advanceState(EMPTY_STATE, broken, options('2026-11-01'));
    const fixed = advanceState(first.state, [checked('https://a.example/', 'ok')], options('2026-11-02'));
    expect(fixed.state.links).toEqual([]);
    const again = advanceState(fixed.state, broken, options('2026-11-03'));
    expect(again.failures[0]).toMatchObject({ runs: 1, since: '2026-11-03', confirmed: false });
  });

  it('should confirm local failures (malformed, missing file) at once', () => {
    const local = checked('www.finos.org', 'malformed', { network: false });
    expect(advanceState(EMPTY_STATE, [local], options('2026-11-01')).failures[0]?.confirmed).toBe(true);
  });

  it('should count timeouts as failures but not unverifiable or blocked links', () => {
    const links = [
      checked('https://t.example/', 'timeout'),
      checked('https://u.example/', 'unverifiable'),
      checked('https://x.example/', 'blocked'),
    ];
    expect(advanceState(EMPTY_STATE, links, options('2026-11-01')).failures.map((f) => f.link.url)).toEqual([
      'https://t.example/',
    ]);
  });
});

describe('decideReportAction', () => {
  const failing = advanceState(EMPTY_STATE, [checked('https://a.example/', 'broken')], options('2026-11-01')).failures;

  it.each([
    [null, 'create'],
    [{ open: true }, 'update'],
    [{ open: false }, 'reopen'],
  ] as const)('should, with failures and issue %j, %s', (issue, action) => {
    expect(decideReportAction(issue, failing)).toBe(action);
  });

  it.each([
    [null, 'none'],
    [{ open: true }, 'close'],
    [{ open: false }, 'none'],
  ] as const)('should, when all pass and issue %j, %s', (issue, action) => {
    expect(decideReportAction(issue, [])).toBe(action);
  });
});

describe('state block', () => {
  const state: LinkState = {
    version: 1,
    links: [{ url: 'https://a.example/?q=--><script>', since: '2026-11-01', runs: 3 }],
  };

  it('should round-trip through a report body', () => {
    const body = `<!-- adopters-bot:link-report -->\ntext\n${serializeState(state)}\n`;
    expect(parseState(body)).toEqual({ state });
  });

  it('should never let a URL close the HTML comment', () => {
    const block = serializeState(state);
    expect(block.indexOf('-->')).toBe(block.length - 3);
    expect(block).not.toContain('<script>');
  });

  it('should round-trip any URLs', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 80 }), { maxLength: 20 }), (urls) => {
        const s: LinkState = { version: 1, links: urls.map((url) => ({ url, since: '2026-01-01', runs: 1 })) };
        return JSON.stringify(parseState(`x\n${serializeState(s)}`).state) === JSON.stringify(s);
      }),
    );
  });

  it('should ignore a block that is not at the end of the body', () => {
    const body = `${serializeState(state)}\nmore text after the block\n`;
    expect(parseState(body)).toMatchObject({ state: EMPTY_STATE, problem: 'no state block in the report issue' });
  });

  it.each([
    ['invalid JSON', '<!-- adopters-bot:link-state {nope} -->'],
    [
      'a wrong shape',
      '<!-- adopters-bot:link-state {"version":1,"links":[{"url":"x","runs":-1,"since":"2026-01-01"}]} -->',
    ],
    ['an unknown version', '<!-- adopters-bot:link-state {"version":2,"links":[]} -->'],
  ])('should start over on %s', (_case, body) => {
    expect(parseState(body).state).toEqual(EMPTY_STATE);
    expect(parseState(body).problem).toBeDefined();
  });

  it('should cap the serialized size by dropping the tail', () => {
    const big: LinkState = {
      version: 1,
      links: Array.from({ length: 400 }, (_, i) => ({
        url: `https://x.example/${'p'.repeat(200)}/${i}`,
        since: '2026-01-01',
        runs: 1,
      })),
    };
    const block = serializeState(big);
    expect(block.length).toBeLessThanOrEqual(MAX_STATE_CHARS);
    const kept = parseState(block).state.links;
    expect(kept.length).toBeGreaterThan(50);
    expect(kept[0]).toEqual(big.links[0]);
  });

  it('should refuse an oversized block without parsing it', () => {
    const body = `<!-- adopters-bot:link-state {"version":1,"links":[],"pad":"${'x'.repeat(MAX_STATE_CHARS)}"} -->`;
    expect(parseState(body).problem).toBe('state block too large');
  });
});
