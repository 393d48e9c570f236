// A hostile adopters file driven through the real scheduled link check, in process: the fake GitHub,
// the real source and report adapters, and either the real guarded HTTP checker (with a staged DNS
// resolver and a loopback server standing for internal services) or a checker with fixed answers.
import { createOctokit } from '../../../src/github/octokit.js';
import { linkAdapters } from '../../../src/github/ports.js';
import { fetchKey } from '../../../src/links/extract.js';
import { createHttpLinkChecker } from '../../../src/links/fetch/link-checker.js';
import type { ResolvedAddress } from '../../../src/links/fetch/ssrf-guard.js';
import type { LinkResult } from '../../../src/links/types.js';
import type { LinkChecker } from '../../../src/workflows/check-links.js';
import { runLinksMode } from '../../../src/workflows/links-mode.js';
import type { FakeGitHub } from '../../../test-support/fake-github/index.js';
import { startAdoptersFake } from '../../../test-support/harness/index.js';
import { contextFor } from '../../../test-support/workflow-context.js';
import { startServer, type TestServer } from '../../links/fetch/servers.js';
import { untouchedProblem } from './invariant.js';
import { htmlNodes, liveLinks } from './markdown.js';
import { FILE, logProblems } from './intake.js';

export interface LinksSpec {
  /** The adopters file; `{port}` becomes the loopback server's port. */
  file: string;
  /** Staged DNS: host name → address (every other name fails to resolve). */
  dns?: Record<string, string>;
  /** `allow-hosts` of the action. */
  allowHosts?: string[];
  /** Fixed results by URL instead of real requests (every other URL answers 404). */
  answers?: (url: string) => LinkResult;
}

export interface LinksRecord {
  /** What the checker concluded, by URL. */
  results: Map<string, LinkResult>;
  report?: string;
  /** Requests the loopback server ("an internal service") received, by path. */
  internalHits: string[];
  /** Violations of the file invariant (the link check never writes the adopters file or a branch). */
  fileProblems: string[];
  problems: string[];
}

const notFound: LinkResult = { status: 'broken', code: 404, network: true };

export async function runLinksCase(spec: LinksSpec): Promise<LinksRecord> {
  const server = await startServer((req, res) => {
    if (req.url === '/redirect-inside') {
      res.writeHead(302, { location: `http://127.0.0.1:${(req.socket.localPort ?? 0).toString()}/secret` });
    } else if (req.url === '/redirect-metadata')
      res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' });
    else res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('internal');
  });
  const file = spec.file.replaceAll('{port}', String(server.port));
  const fake = await startAdoptersFake({ extraFiles: { [FILE]: file } });
  try {
    return await check(fake, server, spec, file);
  } finally {
    await fake.close();
    await server.close();
  }
}

async function check(fake: FakeGitHub, server: TestServer, spec: LinksSpec, file: string): Promise<LinksRecord> {
  const ctx = contextFor(fake, { mode: 'check-links', 'allow-hosts': spec.allowHosts ?? [], 'link-timeout': 5 });
  const octokit = createOctokit({ token: fake.token, baseUrl: fake.url, retryBaseSeconds: 0.01 });
  const adapters = linkAdapters(octokit, { owner: fake.repo.settings.owner, repo: fake.repo.settings.name });
  const resolve = (host: string): Promise<ResolvedAddress[]> => {
    const address = spec.dns?.[host];
    if (!address)
      return Promise.reject(Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' }));
    return Promise.resolve([{ address, family: address.includes(':') ? 6 : 4 }]);
  };
  const answers = spec.answers;
  const results = new Map<string, LinkResult>();
  ctx.links = {
    ...adapters,
    checker: (options) => {
      const real = answers
        ? {
            check: (urls: readonly URL[]) =>
              Promise.resolve(new Map(urls.map((u) => [fetchKey(u), answers(u.href) ?? notFound]))),
            close: () => Promise.resolve(),
          }
        : createHttpLinkChecker({ ...options, resolve, maxRetries: 0, timeoutMs: 5_000 });
      const recording: LinkChecker & { close(): Promise<void> } = {
        async check(urls) {
          const found = await real.check(urls);
          for (const url of urls) results.set(url.href, found.get(fetchKey(url)) ?? notFound);
          return found;
        },
        close: () => real.close(),
      };
      return recording;
    },
  };
  await runLinksMode(ctx);
  const reports = fake.repo.issues.list({ state: 'all' }).filter((i) => i.labels.includes('adopters: links'));
  const report = reports[0]?.body ?? undefined;
  const fileProblems = [
    ...[untouchedProblem(file, fake.repo.readFile('main', FILE))].filter((p): p is string => p !== undefined),
    ...(fake.repo.branches().length === 1 ? [] : ['the link check created a branch']),
  ];
  const problems = [...fileProblems, ...logProblems(ctx.reporter.lines, [])];
  if (report !== undefined) {
    const live = liveLinks(report);
    if (live.mentions.length || live.references.length)
      problems.push(`live links in the report: ${JSON.stringify(live)}`);
    const html = htmlNodes(report).filter((h) => !/^<!-- adopters-bot:[^]*-->$|^<\/?(details|summary)>/.test(h));
    if (html.length) problems.push(`raw HTML in the report: ${JSON.stringify(html)}`);
    if (report.length > 65_536) problems.push(`a report of ${report.length} characters`);
  }
  return { results, report, internalHits: server.requests.map((r) => r.path), fileProblems, problems };
}
