import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseConfigFile } from '../../src/config/resolve-settings.js';
import { findAdoptersFile } from '../../src/init/find-adopters-file.js';
import { planInit } from '../../src/init/plan-init.js';
import { renderConfig } from '../../src/init/render-config.js';
import { renderAdopterForm, yamlScalar } from '../../src/init/render-form.js';
import { renderWorkflows } from '../../src/init/workflow-templates.js';
import { DEFAULT_ISSUE_FORM, readIssueFormTemplate } from '../../src/submission/index.js';

const sectionOptions = (form: string) => {
  const read = readIssueFormTemplate(form);
  if (!read.ok) throw new Error(read.message);
  return read.template.fields.find((f) => f.key === 'section');
};

describe('findAdoptersFile', () => {
  it.each([
    [['README.md', 'ADOPTERS.md', 'USERS.md'], 'ADOPTERS.md'],
    [['users.md', 'docs/ADOPTERS.md'], 'users.md'],
    [['docs/adopters.md', 'LICENSE'], 'docs/adopters.md'],
    [['ADOPTERS.MD'], 'ADOPTERS.MD'],
    [['Adopters.markdown', 'adopters.yaml'], 'Adopters.markdown'],
    [['site/ADOPTERS.md', 'USERGUIDE.md'], undefined],
  ])('should pick, from %j, %s', (paths, expected) => {
    expect(findAdoptersFile(paths).path).toBe(expected);
  });

  it('should list the candidates it did not pick, data files included', () => {
    expect(findAdoptersFile(['ADOPTERS.md', 'adopters.yaml', 'docs/USERS.md'])).toEqual({
      path: 'ADOPTERS.md',
      others: ['adopters.yaml', 'docs/USERS.md'],
      groups: [],
    });
  });
});

describe('renderAdopterForm', () => {
  it("should fill the Adopter type dropdown with the file's sections, as the file spells them, and require it", () => {
    const options = [
      'Cloud-Native End Users',
      'Solutions & Service Providers',
      'Yes',
      'Case Studies/User Stories: 2024',
    ];
    const form = renderAdopterForm({ kind: 'headings', options }, 'docs/ADOPTERS.md');
    expect(sectionOptions(form.text)).toMatchObject({ options, required: true, type: 'dropdown' });
    expect(form.text).toContain('Ask to be listed in docs/ADOPTERS.md.');
  });

  it('should leave the dropdown out when the file has no sections, and change nothing else', () => {
    const form = renderAdopterForm({ kind: 'none' }, 'ADOPTERS.md');
    expect(sectionOptions(form.text)).toBeUndefined();
    const withoutSection = (parseYaml(DEFAULT_ISSUE_FORM) as { body: { id?: string }[] }).body.filter(
      (e) => e.id !== 'section',
    );
    expect((parseYaml(form.text) as { body: unknown[] }).body).toEqual(withoutSection);
  });

  it('should skip "None", which GitHub reserves, and say so', () => {
    const form = renderAdopterForm({ kind: 'types', options: ['Vendor', 'None'], column: 'Type' }, 'ADOPTERS.md');
    expect(sectionOptions(form.text)?.options).toEqual(['Vendor']);
    expect(form.skipped).toEqual(['None']);
  });

  it.each(['End user', 'S&P', "O'Reilly", 'yes', '42', 'a: b', '#1', ' padded'])(
    'should write the scalar %j so that YAML reads it back as the same string',
    (text) => {
      expect(parseYaml(`v: ${yamlScalar(text)}`)).toEqual({ v: text });
    },
  );
});

describe('renderConfig', () => {
  it('should name a non-default file and map each option to itself, and parse as a valid config', () => {
    const text = renderConfig('docs/USERS.md', { kind: 'types', options: ['End-user', 'Vendor'], column: 'Type' }, [
      'End-user',
      'Vendor',
    ]);
    const parsed = parseConfigFile(text, '.github/adopters.yml');
    expect(parsed).toEqual({
      ok: true,
      values: {
        'adopters-file': 'docs/USERS.md',
        'section-map': { 'End-user': 'End-user', Vendor: 'Vendor' },
        'field-map': {},
      },
    });
  });

  it('should hold only the empty field map for a default file without sections', () => {
    expect(parseConfigFile(renderConfig('ADOPTERS.md', { kind: 'none' }, []), 'x')).toEqual({
      ok: true,
      values: { 'field-map': {} },
    });
  });
});

describe('the workflows init writes', () => {
  it('should be the example workflows, byte for byte, for ADOPTERS.md on main', () => {
    for (const file of renderWorkflows('ADOPTERS.md', 'main')) {
      const name = file.path.replace('.github/workflows/', '');
      expect(file.text, name).toBe(readFileSync(new URL(`../../examples/workflows/${name}`, import.meta.url), 'utf8'));
    }
  });

  it('should point the push and pull_request filters at the file and the default branch', () => {
    const [intake, , check] = renderWorkflows('docs/ADOPTERS.md', 'trunk');
    expect(intake!.text).toContain('    branches: [trunk]\n    paths: [docs/ADOPTERS.md]\n');
    expect(check!.text).toContain('    paths: [docs/ADOPTERS.md]\n');
    expect(intake!.text).not.toContain('ADOPTERS.md changes\n# on main');
  });
});

describe('planInit', () => {
  it('should start an ADOPTERS.md when the repository has none, and write it first', async () => {
    const plan = await planInit({ defaultBranch: 'main' });
    expect(plan.startsAdoptersFile).toBe(true);
    expect(plan.files.map((f) => f.path)).toEqual([
      'ADOPTERS.md',
      '.github/ISSUE_TEMPLATE/adopter.yml',
      '.github/ISSUE_TEMPLATE/adopter-change.yml',
      '.github/workflows/adopters.yml',
      '.github/workflows/adopters-links.yml',
      '.github/workflows/adopters-pr-check.yml',
      '.github/workflows/adopters-doctor.yml',
      '.github/adopters.yml',
    ]);
  });

  it('should keep a hand-kept Markdown list and name the data file beside it', async () => {
    const plan = await planInit({
      adopters: {
        path: 'ADOPTERS.md',
        text: '# A\n\n- [Acme](https://acme.io)\n- [Bolt](https://bolt.io)\n- [Kite](https://kite.io)\n',
      },
      others: ['adopters.yaml'],
      dataFiles: [{ path: 'adopters.yaml', text: '- name: Zed\n  url: https://zed.io\n' }],
      defaultBranch: 'main',
    });
    expect(plan.adoptersFile).toBe('ADOPTERS.md');
    expect(plan.notes).toEqual(['adopters.yaml was also found; pass --file adopters.yaml to use it instead']);
  });

  it('should set the bot up on the data file a Markdown list is generated from', async () => {
    const markdown = readFileSync(
      new URL(
        '../../__fixtures__/corpus/adopters/kube-green__kube-green.github.io__docs__adopters.md',
        import.meta.url,
      ),
      'utf8',
    );
    const yaml = 'adopters:\n  - name: Acme\n    website: https://acme.io\n    description: Saves energy.\n';
    const plan = await planInit({
      adopters: { path: 'docs/adopters.md', text: markdown },
      others: ['adopters.yaml'],
      dataFiles: [{ path: 'adopters.yaml', text: yaml }],
      defaultBranch: 'main',
    });
    expect(plan.adoptersFile).toBe('adopters.yaml');
    expect(plan.notes).toEqual([
      'docs/adopters.md is generated from adopters.yaml: the bot edits adopters.yaml (the source), never docs/adopters.md',
    ]);
    expect(plan.files.find((f) => f.path === '.github/adopters.yml')!.text).toContain('adopters-file: adopters.yaml');
  });

  it('should set the bot up on a data file when the repository has no Markdown list', () => {
    expect(findAdoptersFile(['README.md', 'website/data/adopters.yml', 'data/users.md'])).toEqual({
      path: 'website/data/adopters.yml',
      others: [],
      groups: [],
    });
  });
});
