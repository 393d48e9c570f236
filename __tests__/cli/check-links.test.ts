import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinksCommand } from '../../src/cli/check-links.js';
import { UsageError, type CliIo } from '../../src/cli/io.js';
import { startServer, type TestServer } from '../links/fetch/servers.js';

let server: TestServer;
let dir: string;

beforeAll(async () => {
  server = await startServer((req, res) => {
    if (req.url === '/gone') res.writeHead(404).end();
    else if (req.url === '/walled') res.writeHead(403).end();
    else res.end('ok');
  });
  dir = mkdtempSync(join(tmpdir(), 'check-links-'));
  mkdirSync(join(dir, '.git'));
  mkdirSync(join(dir, 'docs', 'img'), { recursive: true });
  writeFileSync(join(dir, 'docs', 'img', 'acme.png'), '');
  writeFileSync(join(dir, 'README.md'), '');
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

function io(isTTY = false) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), isTTY, cwd: dir };
  return { io: value, out, err };
}

function write(name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return name;
}

describe('check-links', () => {
  it('should check the web addresses of a YAML data file, each with its line', async () => {
    const file = write(
      'adopters.yaml',
      [
        'adopters:',
        '  - name: Acme',
        `    url: ${server.url('/ok')}`,
        '    logo: logos/acme.png',
        '  - name: FINOS',
        '    url: www.finos.org',
        `    logo: ${server.url('/gone')}`,
        '',
      ].join('\n'),
    );
    const t = io();
    const code = await checkLinksCommand([file, '--json', '--allow-private-hosts', '--timeout', '5'], t.io);
    expect(code).toBe(1);
    const report = JSON.parse(t.out.join('')) as { links: { url: string; line: number; status: string }[] };
    expect(report.links.map((l) => [l.line, l.status])).toEqual([
      [3, 'ok'],
      [6, 'malformed'],
      [7, 'broken'],
    ]);
  });

  it('should print one JSON element per distinct URL and exit 1 on broken links', async () => {
    const file = write(
      'docs/ADOPTERS.md',
      [
        `- [Acme](${server.url('/ok')}) ![logo](img/acme.png)`,
        `- [Gone](${server.url('/gone')}) [again](${server.url('/gone')})`,
        `- [Walled](${server.url('/walled')}) [home](../README.md) [FINOS](www.finos.org) [mail](mailto:a@example.org)`,
      ].join('\n'),
    );
    const t = io();
    const code = await checkLinksCommand([file, '--json', '--allow-private-hosts', '--timeout', '5'], t.io);
    expect(code).toBe(1);
    const report = JSON.parse(t.out.join('')) as {
      links: { url: string; line: number; status: string }[];
      summary: Record<string, number>;
    };
    expect(report.links.map((l) => [l.line, l.status])).toEqual([
      [1, 'ok'],
      [1, 'ok'],
      [2, 'broken'],
      [3, 'unverifiable'],
      [3, 'ok'],
      [3, 'malformed'],
      [3, 'skipped'],
    ]);
    expect(report.links[2]).toEqual({
      url: server.url('/gone'),
      line: 2,
      status: 'broken',
      code: 404,
      detail: 'HTTP 404',
    });
    expect(report.links[5]).toMatchObject({ detail: 'written without a scheme; did you mean https://www.finos.org?' });
    expect(report.summary).toEqual({
      ok: 3,
      redirected: 0,
      broken: 1,
      timeout: 0,
      unverifiable: 1,
      blocked: 0,
      malformed: 1,
      skipped: 1,
    });
    expect(t.err).toEqual([]);
  });

  it('should exit 0 when only unverifiable or blocked links remain, and block loopback without the flag', async () => {
    const file = write('blocked.md', `- [Local](${server.url('/ok')})\n`);
    const t = io();
    expect(await checkLinksCommand([file], t.io)).toBe(0);
    expect(t.out.join('')).toMatch(
      /blocked \(1\)\n +line +1 +http:\/\/127\.0\.0\.1:\d+\/ok +\(address not allowed \(loopback\)\)/,
    );
  });

  it('should group human output by status and draw progress only on a TTY', async () => {
    const file = write('human.md', `- [Gone](${server.url('/gone')})\n- [Ok](${server.url('/ok')})\n`);
    const tty = io(true);
    expect(await checkLinksCommand([file, '--allow-private-hosts'], tty.io)).toBe(1);
    expect(tty.out.join('')).toContain('broken (1)');
    expect(tty.out.join('')).not.toContain('ok (1)');
    expect(tty.err.join('')).toContain('checking links: 2/2');
  });

  it('should show control characters from the file as escapes', async () => {
    const file = write('hostile.md', '<a href="https://x.invalid/\n::error::pwned">x</a>\n');
    const t = io();
    await checkLinksCommand([file, '--timeout', '2'], t.io);
    expect(t.out.join('')).not.toMatch(/^::error::/m);
  });

  it.each([
    [[], 'expected one FILE, got 0'],
    [['a.md', 'b.md'], 'expected one FILE, got 2'],
    [['a.md', '--timeout', '0'], '--timeout must be a number from 1 to 600, got "0"'],
    [['a.md', '--concurrency', '2.5'], '--concurrency must be an integer from 1 to 256, got "2.5"'],
    [['a.md', '--per-host', 'x'], '--per-host must be an integer from 1 to 64, got "x"'],
    [['a.md', '--frobnicate'], "Unknown option '--frobnicate'"],
    [['missing.md'], 'cannot read missing.md'],
  ])('should refuse %j as a usage error', async (args, message) => {
    const error = await checkLinksCommand(args, io().io).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toContain(message);
  });
});
