import type { InlineCode, Nodes, Root, Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { codeSpan } from '../../src/links/escape.js';
import { countLinks, ISSUE_BODY_LIMIT, renderReportBody, renderSummary, reportTitle } from '../../src/links/report.js';
import { advanceState, EMPTY_STATE, parseState, REPORT_MARKER } from '../../src/links/state.js';
import { checked } from './helpers.js';

const parse = (md: string) => unified().use(remarkParse).use(remarkGfm).parse(md);
const context = { file: 'ADOPTERS.md', threshold: 2, checkedAt: new Date('2026-11-28T03:00:00Z') };

function nodes(tree: Nodes): Nodes[] {
  return [tree, ...('children' in tree ? (tree.children as Nodes[]).flatMap(nodes) : [])];
}

function render(links: ReturnType<typeof checked>[], runs = 2) {
  let state = EMPTY_STATE;
  let result = advanceState(state, links, { threshold: 2, today: context.checkedAt });
  for (let i = 1; i < runs; i++) {
    state = result.state;
    result = advanceState(state, links, { threshold: 2, today: context.checkedAt });
  }
  return {
    body: renderReportBody(links, result.failures, result.state, context),
    failures: result.failures,
    state: result.state,
  };
}

describe('renderReportBody', () => {
  it('should list confirmed links with entry, line, URL, status and since, and keep the state', () => {
    const links = [
      checked('https://gone.example/', 'broken', { line: 12, entry: 'Acme', detail: 'HTTP 404' }),
      checked('https://ok.example/', 'ok'),
    ];
    const { body, state } = render(links);
    expect(body.startsWith(REPORT_MARKER)).toBe(true);
    expect(body).toContain('| `Acme` | 12 | `https://gone.example/` | **broken** 404 `HTTP 404` | 2026-11-28 |');
    expect(parseState(body).state).toEqual(state);
  });

  it('should link line numbers to the file when its URL is known', () => {
    const links = [checked('https://gone.example/', 'broken', { line: 7 })];
    const failures = advanceState(EMPTY_STATE, links, { threshold: 1, today: context.checkedAt }).failures;
    const body = renderReportBody(links, failures, EMPTY_STATE, {
      ...context,
      fileUrl: 'https://github.com/o/r/blob/main/ADOPTERS.md',
    });
    expect(body).toContain('[7](https://github.com/o/r/blob/main/ADOPTERS.md#L7)');
  });

  it('should offer each broken entry the change form, filled in with its name, and no one else', () => {
    const links = [
      checked('https://gone.example/', 'broken', { line: 4, entry: 'AT&T (Labs) | "x"' }),
      checked('https://slow.example/', 'timeout', { line: 5, entry: 'Globex' }),
    ];
    let result = advanceState(EMPTY_STATE, links.slice(0, 1), { threshold: 2, today: context.checkedAt });
    result = advanceState(result.state, links, { threshold: 2, today: context.checkedAt });
    const changeForm = {
      newIssueUrl: 'https://github.com/o/r/issues/new',
      template: 'adopter-change.yml',
      entryField: 'entry',
    };
    const body = renderReportBody(links, result.failures, result.state, { ...context, changeForm });
    const url =
      'https://github.com/o/r/issues/new?template=adopter-change.yml&title=Adopter%20change%3A%20AT%26T%20%28Labs%29%20%7C%20%22x%22&entry=AT%26T%20%28Labs%29%20%7C%20%22x%22';
    expect(body).toContain(`| \`AT&T (Labs) \\| "x"\` · [request a change](${url}) | 4 |`);
    // A failure not confirmed yet is not a dead link: no offer.
    expect(body).toContain('| `Globex` | 5 |');
    const table = nodes(parse(body)).filter((n) => n.type === 'table');
    expect(table.length).toBe(2);
    const link = nodes(parse(body)).find((n) => n.type === 'link' && n.url.includes('template='));
    expect(link && link.type === 'link' && new URL(link.url).searchParams.get('entry')).toBe('AT&T (Labs) | "x"');
  });

  it('should separate unconfirmed failures as watching', () => {
    const { body } = render([checked('https://flaky.example/', 'timeout')], 1);
    expect(body).toContain('### Watching (not confirmed yet)');
    expect(body).not.toContain('### Broken');
  });

  it('should keep hostile text inside code spans: no mentions, references, links, HTML or broken rows', () => {
    const hostile = [
      checked('https://evil.example/a|b`c\\|d', 'broken', {
        entry: '@everyone | #1 <img src=x> org/repo#2 \u202Egnp.exe\u2028next',
        detail: 'x',
      }),
      checked('https://e2.example/', 'broken', { entry: '`` ` ``\\', detail: '@octocat' }),
    ];
    const tree: Root = parse(render(hostile).body);
    const table = nodes(tree).find((n): n is Table => n.type === 'table')!;
    expect(table.children.every((row) => row.children.length === 5)).toBe(true);
    const loose = nodes(table)
      .filter((n) => n.type === 'text' || n.type === 'html' || n.type === 'link')
      .map((n) => ('value' in n ? n.value : n.type));
    expect(loose.join(' ')).not.toMatch(/@|#\d|<|link|\u202E/);
    const entry = table.children[1]!.children[0]!.children[0] as InlineCode;
    expect(entry.value).toBe('@everyone | #1 <img src=x> org/repo#2 [U+202E]gnp.exe[U+2028]next');
  });

  it('should stay under the issue body limit and say how many rows were left out', () => {
    const links = Array.from({ length: 2000 }, (_, i) =>
      checked(`https://x${i}.example/${'long-path/'.repeat(8)}`, 'broken', {
        line: i + 1,
        entry: `Entry ${i} ${'名'.repeat(20)}`,
      }),
    );
    const { body } = render(links);
    expect(Buffer.byteLength(body, 'utf8')).toBeLessThanOrEqual(ISSUE_BODY_LIMIT);
    expect(body).toMatch(/\d+ more rows are not shown/);
    expect(parseState(body).state.links.length).toBeGreaterThan(0);
  });

  it('should fold unverifiable, blocked and cross-domain redirects into a details block', () => {
    const links = [
      checked('https://walled.example/', 'unverifiable', { code: 403 }),
      checked('https://moved.example/', 'redirected', {
        code: 200,
        finalUrl: 'https://parking.example/',
        movedDomain: true,
      }),
    ];
    const { body } = render(links);
    expect(body).toContain('<details><summary>Unverifiable, blocked or moved (not failures)</summary>');
    expect(body).toContain('→ `https://parking.example/`');
  });
});

describe('renderSummary', () => {
  it('should render the tables without marker or state', () => {
    const links = [checked('https://gone.example/', 'broken')];
    const { failures } = advanceState(EMPTY_STATE, links, { threshold: 1, today: context.checkedAt });
    const summary = renderSummary(links, failures, context);
    expect(summary).toContain('### Broken');
    expect(summary).not.toContain('adopters-bot:link');
  });
});

describe('counts and title', () => {
  it('should count checked (not skipped), broken, watching and unverifiable links', () => {
    const links = [
      checked('https://a.example/', 'broken'),
      checked('https://b.example/', 'unverifiable'),
      checked('mailto:x@example.org', 'skipped'),
      checked('https://c.example/', 'ok'),
    ];
    const { failures } = advanceState(EMPTY_STATE, links, { threshold: 2, today: context.checkedAt });
    expect(countLinks(links, failures)).toMatchObject({ checked: 3, broken: 0, watching: 1, unverifiable: 1 });
    expect(reportTitle(failures)).toBe('Link check: watching 1 failing link');
    expect(reportTitle([])).toBe('Link check: all links pass');
  });
});

describe('codeSpan', () => {
  it('should fence backticks with a longer run', () => {
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`x`')).toBe('`` `x` ``');
  });

  it('should truncate long text', () => {
    expect(codeSpan('x'.repeat(300), 10)).toBe('`xxxxxxxxx…`');
  });
});
