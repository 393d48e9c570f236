import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../src/config/settings.js';
import { checkAdoptersFile } from '../../src/doctor/check-adopters-file.js';
import { readConfig } from '../../src/doctor/check-files.js';
import { checkForm } from '../../src/doctor/check-form.js';
import { checkRepository, type RepositoryReport } from '../../src/doctor/check-repository.js';
import { checkWorkflows } from '../../src/doctor/check-workflows.js';
import { doctorLinks, doctorStatus, type Finding, renderDoctorMarkdown } from '../../src/doctor/finding.js';
import { renderWorkflows } from '../../src/init/workflow-templates.js';
import { DEFAULT_ISSUE_FORM } from '../../src/submission/index.js';

const links = doctorLinks({ serverUrl: 'https://github.com', owner: 'octo-org', repo: 'octo-project' }, 'main');
const settings = (s: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...s });
const problems = (findings: Finding[]) =>
  findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => [f.severity, f.message]);
const FORM = { path: '.github/ISSUE_TEMPLATE/adopter.yml', text: DEFAULT_ISSUE_FORM };
const GROUPED = `# Adopters\n\n## End users\n\n- [Acme](https://acme.example.com)\n- [Bravo](https://bravo.example.com)\n\n## Vendors\n\n- [Cloudy](https://cloudy.example.com)\n- [Delta](https://delta.example.com)\n`;

describe('checkWorkflows', () => {
  const example = renderWorkflows('ADOPTERS.md', 'main').map((w) => ({ path: w.path, text: w.text }));

  it('should find nothing to change in the example workflows', () => {
    expect(problems(checkWorkflows(example, settings(), links))).toEqual([]);
  });

  it.each([
    [
      'a job without pull-requests: write',
      (t: string) => t.replace('      pull-requests: write\n', ''),
      'lacks pull-requests: write',
    ],
    ['no top-level permissions', (t: string) => t.replace('permissions: {}\n', ''), 'no top-level permissions'],
    ['no concurrency group', (t: string) => t.replace(/concurrency:\n.*\n.*\n/, ''), 'no concurrency group'],
    [
      'a push filter on another file',
      (t: string) => t.replace('paths: [ADOPTERS.md]', 'paths: [USERS.md]'),
      'push paths: filter',
    ],
    [
      'event data in a run: script',
      (t: string) => `${t}      - run: echo "\${{ github.event.issue.title }}"\n`,
      'injection path',
    ],
  ])('should report an intake workflow with %s', (_case, edit, message) => {
    const broken = [{ ...example[0]!, text: edit(example[0]!.text) }, ...example.slice(1)];
    expect(
      problems(checkWorkflows(broken, settings(), links))
        .map(([, m]) => m)
        .join('\n'),
    ).toContain(message);
  });

  it('should report a schedule without workflow_dispatch, and a PR check with write access', () => {
    const [intake, linksWf, check] = example;
    const broken = [
      intake!,
      { ...linksWf!, text: linksWf!.text.replace('  workflow_dispatch:\n', '') },
      { ...check!, text: check!.text.replace('contents: read', 'contents: write') },
    ];
    expect(problems(checkWorkflows(broken, settings(), links))).toEqual([
      ['warning', expect.stringContaining('a schedule but no workflow_dispatch')],
      ['warning', expect.stringContaining('checks untrusted pull requests with write access (contents)')],
    ]);
  });

  it('should report that nothing answers the form when no workflow runs the bot on issues', () => {
    expect(problems(checkWorkflows(example.slice(1), settings(), links))).toEqual([
      ['error', 'no workflow runs adopters-bot on issues events: filed forms get no answer'],
    ]);
  });
});

describe('checkForm', () => {
  it('should report a form that applies the approval label, or lacks the routing label', async () => {
    const text = DEFAULT_ISSUE_FORM.replace("labels: ['adopter']", "labels: ['adopters: approved']");
    expect(problems(await checkForm({ ...FORM, text }, settings(), links))).toEqual([
      ['error', expect.stringContaining('applies the label "adopters: approved"')],
      ['warning', expect.stringContaining('does not apply the routing label "adopter"')],
    ]);
  });

  it('should report a field map naming a field the form does not have', async () => {
    const found = await checkForm(FORM, settings({ 'field-map': { company: 'name' } }), links);
    expect(found).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: 'the field map names "company", which the form does not have',
      }),
    ]);
  });

  it('should report options that match no section of the file, and accept them through section-map', async () => {
    const adopters = {
      file: { path: 'ADOPTERS.md', text: GROUPED },
      sections: { kind: 'headings' as const, options: ['End users', 'Vendors'] },
    };
    expect(problems(await checkForm(FORM, settings(), links, adopters))).toEqual([
      ['error', expect.stringContaining(`the form's option "Project" matches no section of ADOPTERS.md`)],
    ]);
    const mapped = settings({ 'section-map': { Project: 'Vendors', 'End user': 'End users' } });
    expect(problems(await checkForm(FORM, mapped, links, adopters))).toEqual([]);
  });

  it('should say when the form is missing', async () => {
    expect(problems(await checkForm(undefined, settings(), links))).toEqual([
      ['error', '.github/ISSUE_TEMPLATE/adopter.yml is missing: nobody can file the adopter form'],
    ]);
  });
});

describe('checkAdoptersFile and readConfig', () => {
  it('should report a missing file, a file the bot cannot insert into, and lint problems with their lines', async () => {
    expect(problems(await checkAdoptersFile(undefined, settings(), links))).toEqual([
      ['error', 'ADOPTERS.md is missing: the bot has nowhere to add entries'],
    ]);
    const moved = await checkAdoptersFile(
      { path: 'ADOPTERS.md', text: '# Adopters\n\nThe list has moved to https://example.org/adopters.\n' },
      settings(),
      links,
    );
    expect(problems(moved)).toEqual([
      ['error', expect.stringContaining('the bot cannot add entries to ADOPTERS.md: this file says')],
    ]);
    const slipped = await checkAdoptersFile(
      { path: 'ADOPTERS.md', text: '- [Acme](https://acme.example.com)\n- [Beta](beta.example.com)\n' },
      settings(),
      links,
    );
    expect(slipped[0]).toMatchObject({
      severity: 'warning',
      link: 'https://github.com/octo-org/octo-project/blob/main/ADOPTERS.md#L2',
    });
  });

  it('should lint a data file: duplicate names, missing keys and order slips', async () => {
    const yaml =
      '- name: Acme\n  url: https://acme.io\n- name: Bolt\n- name: Cloudy\n  url: https://c.io\n- name: ACME\n  url: https://acme2.io\n- name: Delta\n  url: https://d.io\n- name: Echo\n  url: https://e.io\n- name: Foxtrot\n  url: https://f.io\n';
    const findings = await checkAdoptersFile(
      { path: 'data/adopters.yaml', text: yaml },
      settings({ 'adopters-file': 'data/adopters.yaml' }),
      links,
    );
    expect(problems(findings)).toEqual([
      [
        'warning',
        'data/adopters.yaml has 3 problems a reviewer would point out (line 3: "Bolt" has no url; line 6: "ACME" is listed twice (first at line 1); line 6: "ACME" is out of alphabetical order (it belongs after "Acme"))',
      ],
    ]);
    expect(findings[0]!.link).toBe('https://github.com/octo-org/octo-project/blob/main/data/adopters.yaml#L3');
  });

  it('should name the data file a Markdown list is generated from', async () => {
    const markdown = '# Adopters\n\n<!-- This list is generated from adopters.yaml: do not edit -->\n';
    const s = settings({ 'adopters-file': 'docs/adopters.md' });
    const findings = await checkAdoptersFile({ path: 'docs/adopters.md', text: markdown }, s, links, [
      { path: 'adopters.yaml', text: '- name: Acme\n  website: https://acme.io\n' },
    ]);
    expect(problems(findings)).toEqual([
      ['error', 'docs/adopters.md is generated from adopters.yaml: a pull request must edit adopters.yaml, the source'],
    ]);
    expect(findings[0]!.fix).toBe('set adopters-file: adopters.yaml in .github/adopters.yml');
  });

  it('should turn config mistakes into errors linking to their line', () => {
    const { findings } = readConfig(
      { path: '.github/adopters.yml', text: 'field-map: {}\nmerge_method: squash\n' },
      links,
    );
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: expect.stringContaining('line 2: unknown key "merge_method" (did you mean "merge-method"?)') as string,
        link: 'https://github.com/octo-org/octo-project/blob/main/.github/adopters.yml#L2',
      }),
    ]);
  });
});

describe('checkRepository', () => {
  const ok = <T>(value: T) => ({ ok: true as const, value });
  const refused = { ok: false as const, status: 403, message: 'Resource not accessible by integration' };
  const clean: RepositoryReport = {
    token: { kind: 'app', login: 'adopters-app[bot]' },
    repository: {
      private: false,
      archived: false,
      defaultBranch: 'main',
      merge: { squash: true, merge: true, rebase: true, autoMerge: true, deleteBranchOnMerge: true },
    },
    actions: ok({ canCreatePullRequests: false, defaultWorkflowPermissions: 'read' }),
    branch: ok({ protected: false, requiredChecks: [], lastCommitDate: '2026-11-20T00:00:00Z' }),
    protection: ok(undefined),
    rules: ok({ requiredChecks: [], requiredReviews: 0 }),
    labels: ok(
      [
        'adopter',
        'adopter-change',
        'adopters: needs-changes',
        'adopters: needs-review',
        'adopters: pr-open',
        'adopters: approved',
        'adopters: rejected',
        'adopters: override',
        'adopters: links',
      ].map((name) => ({ name, color: 'ffffff', description: '' })),
    ),
    created: [],
    now: new Date('2026-11-28T00:00:00Z'),
  };
  const app = settings({ 'bot-login': 'adopters-app[bot]' });

  it('should be healthy for an App token on an unprotected branch with every label', () => {
    const found = checkRepository(clean, app, links);
    expect(doctorStatus(found)).toBe('healthy');
    expect(renderDoctorMarkdown(found)).toContain('### ✅ adopters-bot doctor: all is well');
  });

  it.each<[string, Partial<RepositoryReport>, Partial<Settings>, string]>([
    [
      'a bot-login that is not the token',
      {},
      {},
      'the token acts as adopters-app[bot], but bot-login is github-actions[bot]',
    ],
    [
      'the Actions toggle off with the workflow token',
      { token: { kind: 'workflow', login: 'github-actions[bot]' } },
      { 'bot-login': 'github-actions[bot]' },
      '“Allow GitHub Actions to create and approve pull requests” is off',
    ],
    [
      'required checks with the workflow token',
      {
        token: { kind: 'workflow' },
        actions: ok({ canCreatePullRequests: true, defaultWorkflowPermissions: 'read' }),
        branch: ok({ protected: true, requiredChecks: ['ci'] }),
      },
      { 'bot-login': 'github-actions[bot]' },
      'main requires status checks ("ci") that never run',
    ],
    [
      'required reviews without auto-merge',
      {
        rules: ok({ requiredChecks: [], requiredReviews: 1 }),
        repository: { ...clean.repository, merge: { ...clean.repository.merge, autoMerge: false } },
      },
      app,
      'main requires 1 approving review: the approval label alone cannot merge',
    ],
    [
      'a merge method the repository does not allow',
      { repository: { ...clean.repository, merge: { ...clean.repository.merge, squash: false } } },
      app,
      'merge-method is squash, which this repository does not allow; the bot falls back to merge',
    ],
    [
      'the routing label missing',
      { labels: ok([]) },
      app,
      '"adopter" does not exist: GitHub applies only existing labels',
    ],
    [
      'a public repository idle for months',
      { branch: ok({ protected: false, requiredChecks: [], lastCommitDate: '2026-08-01T00:00:00Z' }) },
      app,
      'no commit on main for 119 days',
    ],
  ])('should report %s, with what to change', (_case, facts, s, message) => {
    const found = checkRepository({ ...clean, ...facts }, settings(s), links);
    const problem = found.find((f) => f.message.includes(message));
    expect(problem, JSON.stringify(found, null, 1)).toBeDefined();
    expect(problem!.fix).toBeTruthy();
  });

  it('should say what it cannot see with the workflow token, as notes that keep the setup healthy', () => {
    const workflow = {
      ...clean,
      token: { kind: 'workflow' as const, login: 'github-actions[bot]' },
      actions: refused,
      protection: refused,
      branch: ok({ protected: true, requiredChecks: [] }),
    };
    const found = checkRepository(workflow, settings(), links);
    expect(problems(found)).toEqual([]);
    expect(found.filter((f) => f.severity === 'info').map((f) => f.subject)).toEqual([
      'Token',
      'Actions settings',
      'Merging',
    ]);
  });
});
