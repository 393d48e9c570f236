import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError, type CliIo } from '../../src/cli/io.js';
import { validateCommand } from '../../src/cli/validate.js';
import { DEFAULT_ISSUE_FORM } from '../../src/submission/default-form.js';
import { renderIssueForm } from '../../test-support/render-issue-form.js';
import { tempDir } from '../../test-support/temp-dir.js';

const CONSENT = 'I am authorized to list this organization publicly';
const FIXTURES = join(import.meta.dirname, '../../__fixtures__/issue-forms');

function workspace(files: Record<string, string> = {}) {
  const dir = tempDir('validate-');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), isTTY: false, cwd: dir };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

const good = renderIssueForm(DEFAULT_ISSUE_FORM, {
  name: 'S&P Global',
  website: 'https://www.spglobal.com',
  description: 'We run it in production.',
  section: 'End user',
  consent: [CONSENT],
});

describe('adopters validate', () => {
  it('should print the submission as JSON and exit 0 when valid', async () => {
    const w = workspace({ 'issue.md': good });
    expect(await validateCommand(['issue.md', '--json'], w.io)).toBe(0);
    expect(JSON.parse(w.stdout())).toEqual({
      ok: true,
      submission: {
        name: 'S&P Global',
        url: 'https://www.spglobal.com',
        description: 'We run it in production.',
        section: 'End user',
      },
    });
    expect(w.stderr()).toBe('');
  });

  it('should say so in words without --json', async () => {
    const w = workspace({ 'issue.md': good });
    expect(await validateCommand(['issue.md'], w.io)).toBe(0);
    expect(w.stdout()).toBe(
      'The submission is valid.\n  name: S&P Global\n  url: https://www.spglobal.com\n  description: We run it in production.\n  section: End user\n',
    );
  });

  it('should print one line per problem, named by the form label, and exit 1', async () => {
    const body = renderIssueForm(DEFAULT_ISSUE_FORM, { name: '::add-mask::x', website: 'http://acme.com' });
    const w = workspace({ 'issue.md': body });
    expect(await validateCommand(['issue.md'], w.io)).toBe(1);
    expect(w.stderr().split('\n')).toEqual([
      "Organization name: contains '::', which GitHub Actions reads as a workflow command; remove it.",
      'Website: uses http://; give the https:// address of the site.',
      'Consent: must be ticked: only someone allowed to list the organization publicly may submit it.',
      '',
    ]);
    expect(w.stdout()).toBe('');
  });

  it('should print {ok: false, errors} with --json and exit 1', async () => {
    const w = workspace({ 'issue.md': good.replace('https://www.spglobal.com', 'https://10.0.0.1') });
    expect(await validateCommand(['issue.md', '--json'], w.io)).toBe(1);
    expect(JSON.parse(w.stdout())).toEqual({
      ok: false,
      errors: [
        { field: 'website', label: 'Website', message: "uses an IP address; use the organization's domain name." },
      ],
    });
  });

  it('should refuse the ### Website injection, naming the field', async () => {
    const issue = readFileSync(join(FIXTURES, 'default-website-injection', 'issue.md'), 'utf8');
    const w = workspace({ 'issue.md': issue });
    expect(await validateCommand(['issue.md'], w.io)).toBe(1);
    expect(w.stderr()).toMatch(/^How do you use the project\?: the answer contains a line '### Website'/);
  });

  it('should report a body that is not a submission', async () => {
    const w = workspace({ 'issue.md': 'The bot crashed.' });
    expect(await validateCommand(['issue.md', '--json'], w.io)).toBe(1);
    expect(JSON.parse(w.stdout())).toMatchObject({ ok: false, errors: [{ field: 'form', label: 'Issue form' }] });
  });

  it("should use the project's form from .github/ISSUE_TEMPLATE/adopter.yml", async () => {
    const form = DEFAULT_ISSUE_FORM.replace('label: Organization name', 'label: Company');
    const body = renderIssueForm(form, { name: 'Acme', website: 'https://acme.com', consent: [CONSENT] });
    const w = workspace({ 'issue.md': body, '.github/ISSUE_TEMPLATE/adopter.yml': form });
    expect(await validateCommand(['issue.md', '--json'], w.io)).toBe(0);
  });

  it('should read another form with --template and --field-map', async () => {
    const dir = join(FIXTURES, 'projectsveltos');
    const w = workspace({
      'issue.md': readFileSync(join(dir, 'issue.md'), 'utf8'),
      'form.yml': readFileSync(join(dir, 'template.yml'), 'utf8'),
    });
    const args = ['issue.md', '--template', 'form.yml', '--field-map', 'company=name,website=website', '--json'];
    expect(await validateCommand(args, w.io)).toBe(0);
    expect(JSON.parse(w.stdout())).toEqual({
      ok: true,
      submission: { name: 'Cosmosource 宇动源（北京）信息技术有限公司', url: 'https://cosmosource.com' },
    });
  });

  it.each([
    [[], 'expected one ISSUE_BODY_FILE'],
    [['a.md', 'b.md'], 'expected one ISSUE_BODY_FILE'],
    [['missing.md'], 'cannot read missing.md'],
    [['issue.md', '--nope'], "Unknown option '--nope'"],
    [['issue.md', '--template', 'missing.yml'], 'cannot read missing.yml'],
    [['issue.md', '--template', 'issue.md'], 'issue.md: the issue form is not valid'],
    [['issue.md', '--field-map', 'company'], '--field-map: expected'],
    [['issue.md', '--field-map', 'company=title'], '--field-map: expected'],
    [['issue.md', '--field-map', 'company=name'], 'the field map names "company", which the form does not have'],
  ])('should throw a usage error for %j', async (args, message) => {
    const w = workspace({ 'issue.md': good });
    const run = validateCommand(args, w.io);
    await expect(run).rejects.toThrow(UsageError);
    await expect(validateCommand(args, w.io)).rejects.toThrow(message);
  });
});
