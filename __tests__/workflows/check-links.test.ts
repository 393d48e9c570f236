import { describe, expect, it } from 'vitest';
import { fetchKey } from '../../src/links/extract.js';
import type { LinkResult } from '../../src/links/types.js';
import {
  resolveRepositoryPath,
  runCheckLinks,
  type LinkChecker,
  type LinkReportTracker,
  type ReportIssue,
} from '../../src/workflows/check-links.js';

const FILE = [
  '# Adopters',
  '',
  '- [Acme](https://acme.example/) - rockets',
  '- [Globex](https://globex.example/) - see [logo](docs/globex.png)',
  '- [Initech](https://initech.example/) [story](#stories)',
  '',
  '## Stories',
  '',
].join('\n');

/** In-memory issue tracker: records every call, holds issues like GitHub would. */
class FakeTracker implements LinkReportTracker {
  issues: (ReportIssue & { title: string; comments: string[] })[] = [];
  calls: string[] = [];
  find() {
    const issue = this.issues[0];
    return Promise.resolve(issue ? { number: issue.number, open: issue.open, body: issue.body } : null);
  }
  create(title: string, body: string) {
    this.calls.push('create');
    const number = 100 + this.issues.length;
    this.issues.push({ number, open: true, body, title, comments: [] });
    return Promise.resolve(number);
  }
  update(n: number, title: string, body: string) {
    this.calls.push(`update #${n}`);
    Object.assign(this.get(n), { title, body });
    return Promise.resolve();
  }
  close(n: number, comment: string) {
    this.calls.push(`close #${n}`);
    this.get(n).open = false;
    this.get(n).comments.push(comment);
    return Promise.resolve();
  }
  reopen(n: number) {
    this.calls.push(`reopen #${n}`);
    this.get(n).open = true;
    return Promise.resolve();
  }
  private get(n: number) {
    return this.issues.find((i) => i.number === n)!;
  }
}

/** A checker whose answers the test sets per URL; unknown URLs are fine. */
class FakeChecker implements LinkChecker {
  answers = new Map<string, LinkResult>();
  seen: string[][] = [];
  check(urls: readonly URL[]) {
    this.seen.push(urls.map((u) => u.href));
    const ok: LinkResult = { status: 'ok', code: 200, network: true };
    return Promise.resolve(new Map(urls.map((u) => [fetchKey(u), this.answers.get(u.href) ?? ok])));
  }
}

function setup(files: string[] = ['docs/globex.png']) {
  const tracker = new FakeTracker();
  const checker = new FakeChecker();
  const log: string[] = [];
  const summaries: string[] = [];
  const ports = {
    source: {
      path: 'ADOPTERS.md',
      readText: () => Promise.resolve(FILE),
      exists: (p: string) => Promise.resolve(files.includes(p)),
    },
    tracker,
    checker,
    reporter: {
      info: (m: string) => log.push(`info: ${m}`),
      warning: (m: string) => log.push(`warning: ${m}`),
      summary: (md: string) => {
        summaries.push(md);
        return Promise.resolve();
      },
    },
  };
  let day = 1;
  const run = (extra = {}) =>
    runCheckLinks(ports, {
      threshold: 2,
      now: () => new Date(`2026-11-${String(day++).padStart(2, '0')}T03:00:00Z`),
      ...extra,
    });
  return { tracker, checker, log, summaries, run };
}

const broken: LinkResult = { status: 'broken', code: 404, network: true, detail: 'HTTP 404' };

describe('runCheckLinks', () => {
  it('should do nothing when every link passes and no report exists', async () => {
    const t = setup();
    const result = await t.run();
    expect(result).toMatchObject({
      checked: 5,
      broken: 0,
      watching: 0,
      unverifiable: 0,
      reportIssue: null,
      action: 'none',
    });
    expect(t.tracker.calls).toEqual([]);
    expect(t.summaries[0]).toContain('All links pass.');
  });

  it('should watch, confirm, close and reopen across runs, with one issue', async () => {
    const t = setup();
    t.checker.answers.set('https://globex.example/', broken);

    const first = await t.run();
    expect(first).toMatchObject({ action: 'create', broken: 0, watching: 1, reportIssue: 100 });
    expect(t.tracker.issues[0]?.title).toBe('Link check: watching 1 failing link');
    expect(t.tracker.issues[0]?.body).toContain('### Watching (not confirmed yet)');

    const second = await t.run();
    expect(second).toMatchObject({ action: 'update', broken: 1, watching: 0, reportIssue: 100 });
    expect(t.tracker.issues[0]?.title).toBe('Link check: 1 broken link');
    expect(t.tracker.issues[0]?.body).toContain(
      '| `Globex` | 4 | `https://globex.example/` | **broken** 404 `HTTP 404` | 2026-11-01 |',
    );
    expect(t.log).toContain('warning: ADOPTERS.md:4: broken link (HTTP 404)');

    t.checker.answers.clear();
    const fixed = await t.run();
    expect(fixed).toMatchObject({ action: 'close', broken: 0, reportIssue: 100 });
    expect(t.tracker.issues[0]).toMatchObject({ open: false, title: 'Link check: all links pass' });

    t.checker.answers.set('https://acme.example/', broken);
    const again = await t.run();
    expect(again).toMatchObject({ action: 'reopen', watching: 1, reportIssue: 100 });
    expect(t.tracker.issues).toHaveLength(1);
    expect(t.tracker.calls).toEqual([
      'create',
      'update #100',
      'update #100',
      'close #100',
      'update #100',
      'reopen #100',
    ]);
  });

  it('should confirm local failures at once', async () => {
    const t = setup([]);
    const result = await t.run();
    expect(result).toMatchObject({ action: 'create', broken: 1 });
    expect(t.tracker.issues[0]?.body).toContain('no such path in the repository');
  });

  it('should check relative links against the repository and anchors against headings', async () => {
    const t = setup();
    const result = await t.run();
    const byUrl = Object.fromEntries(result.links.map((l) => [l.url, l.result.status]));
    expect(byUrl).toMatchObject({ 'docs/globex.png': 'ok', '#stories': 'ok' });
    expect(t.checker.seen).toEqual([['https://acme.example/', 'https://globex.example/', 'https://initech.example/']]);
  });

  it('should skip relative and in-page links by option', async () => {
    const t = setup([]);
    const result = await t.run({ skipRelative: true });
    expect(result.links.filter((l) => l.result.status === 'skipped').map((l) => l.url)).toEqual([
      'docs/globex.png',
      '#stories',
    ]);
    expect(result.action).toBe('none');
  });

  it('should write nothing in dry-run', async () => {
    const t = setup([]);
    const result = await t.run({ dryRun: true });
    expect(result.action).toBe('create');
    expect(t.tracker.calls).toEqual([]);
    expect(t.log).toContain('info: [dry-run] Would create the link report issue');
  });

  it('should restart streaks, with a warning, when the state block is damaged', async () => {
    const t = setup();
    t.tracker.issues.push({
      number: 7,
      open: true,
      title: 'x',
      body: '<!-- adopters-bot:link-report -->\nedited by hand',
      comments: [],
    });
    t.checker.answers.set('https://acme.example/', broken);
    const result = await t.run();
    expect(result).toMatchObject({ action: 'update', watching: 1, reportIssue: 7 });
    expect(t.log).toContain('warning: Report issue #7: no state block in the report issue; streaks restart.');
  });

  it('should never log URLs or names from the file', async () => {
    const t = setup();
    t.checker.answers.set('https://acme.example/', { status: 'broken', code: null, network: false });
    await t.run();
    expect(t.log.join('\n')).not.toMatch(/acme|Acme/);
  });
});

describe('resolveRepositoryPath', () => {
  it.each([
    ['ADOPTERS.md', 'docs/logo.png', 'docs/logo.png'],
    ['docs/ADOPTERS.md', '../img/a%20b.png', 'img/a b.png'],
    ['docs/ADOPTERS.md', '/README.md', 'README.md'],
    ['docs/ADOPTERS.md', './', 'docs'],
    ['ADOPTERS.md', '../secret', null],
    ['ADOPTERS.md', '/', '.'],
  ])('should resolve %j + %j to %j', (file, link, expected) => {
    expect(resolveRepositoryPath(file, link)).toBe(expected);
  });
});
