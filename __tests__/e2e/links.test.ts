import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { FakeGitHub } from '../../test-support/fake-github/index.js';
import { runAction, startAdoptersFake, webhookEvents } from '../../test-support/harness/index.js';

// The scheduled link check, run as the runner runs it: link targets on loopback, reachable only because
// the workflow names the host in allow-hosts (the one door through the SSRF guard).
let fake: FakeGitHub;
let site: Server;
let base: string;
let broken = false;

beforeEach(async () => {
  site = createServer((req, res) => {
    const down = broken && req.url === '/products';
    res.writeHead(down ? 404 : 200, { 'content-type': 'text/html' }).end(down ? 'gone' : 'ok');
  });
  await new Promise<void>((r) => site.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  broken = false;
  fake = await startAdoptersFake({
    extraFiles: {
      'ADOPTERS.md': `# Adopters\n\n- [Acme](${base}/) - Rockets.\n- [Globex](${base}/products) - Pipelines.\n`,
    },
  });
});
afterEach(async () => {
  fake.assertNoValidationFailures();
  await fake.close();
  await new Promise<void>((r) => site.close(() => r()));
});

const schedule = () => ({
  ...webhookEvents(fake).schedule('0 3 * * *'),
  inputs: { 'allow-hosts': '127.0.0.1', 'link-timeout': '5' },
});
const reports = () => fake.repo.issues.list({ state: 'all' }).filter((i) => i.labels.includes('adopters: links'));

it('watches a first failure, confirms the second, closes on the fix and reopens the same issue', async () => {
  const clean = await runAction({ fake, ...schedule() });
  expect(clean.code, clean.stdout).toBe(0);
  expect(clean.outputs).toMatchObject({ status: 'checked', checked: '2', broken: '0', 'report-issue': '' });
  expect(reports()).toEqual([]);

  broken = true;
  const first = await runAction({ fake, ...schedule() });
  expect(first.outputs.broken).toBe('0');
  expect(reports()).toHaveLength(1);
  const [report] = reports();
  expect(report!.state).toBe('open');
  expect(report!.title.toLowerCase()).toContain('watching');

  const second = await runAction({ fake, ...schedule() });
  expect(second.outputs).toMatchObject({ broken: '1', 'report-issue': String(report!.number) });
  expect(fake.repo.issues.get(report!.number).body).toContain(`${base}/products`);
  // The broken entry's row offers the change form, filled in with the entry's name.
  expect(fake.repo.issues.get(report!.number).body).toContain(
    '`Globex` · [request a change](https://github.com/octo-org/octo-project/issues/new?template=adopter-change.yml&title=Adopter%20change%3A%20Globex&entry=Globex)',
  );

  broken = false;
  await runAction({ fake, ...schedule() });
  expect(fake.repo.issues.get(report!.number).state).toBe('closed');

  broken = true;
  await runAction({ fake, ...schedule() });
  expect(reports()).toHaveLength(1);
  expect(fake.repo.issues.get(report!.number).state).toBe('open');
});

it('ignores a look-alike report issue opened by a user', async () => {
  const first = fake.repo.issues.create({
    title: 'Link report',
    body: '<!-- adopters-bot:link-report -->\nfake state',
    labels: ['adopters: links'],
    author: 'mallory',
  });
  broken = true;
  await runAction({ fake, ...schedule() });
  const bots = reports().filter((i) => i.number !== first.number);
  expect(bots).toHaveLength(1);
  expect(fake.repo.issues.get(first.number).body).toContain('fake state');
});

it('refuses loopback links when the host is not allowed', async () => {
  const run = await runAction({ fake, ...webhookEvents(fake).schedule('0 3 * * *') });
  expect(run.code).toBe(0);
  expect(run.summary.toLowerCase()).toContain('blocked');
  expect(run.outputs.broken).toBe('0');
});
