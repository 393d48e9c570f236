import { afterEach, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { FakeGitHub } from '../../test-support/fake-github/index.js';
import { fileAdopterIssue, runAction, startAdoptersFake, webhookEvents } from '../../test-support/harness/index.js';

// Adopters kept as data a website renders: the PR edits the YAML file in its own style.
let fake: FakeGitHub;
afterEach(async () => {
  fake.assertNoValidationFailures();
  await fake.close();
});

const DATA = `---
adopters:
  - name: Aspen Mesh
    url: https://aspenmesh.io/
    logo: aspen_mesh.png
  - name: Buoyant
    url: https://buoyant.io/
    logo: buoyant.svg
  - name: Etsy
    url: https://www.etsy.com/
    logo: etsy.svg
  - name: Monzo
    url: https://www.monzo.com/
    logo: monzo.png
`;
const mia = { login: 'maintainer-mia', type: 'User' as const };

it('opens a PR that inserts the submission into a YAML adopters file, and merges it on approval', async () => {
  fake = await startAdoptersFake({
    collaborators: { 'maintainer-mia': 'maintain' },
    extraFiles: {
      'website/data/adopters.yml': DATA,
      '.github/adopters.yml': 'adopters-file: website/data/adopters.yml\n',
    },
  });
  const number = fileAdopterIssue(fake, { name: 'Hooli: Search', website: 'https://hooli.example.com' });
  const run = await runAction({ fake, ...webhookEvents(fake).issues('opened', { number }) });
  expect(run.code, run.stdout + run.stderr).toBe(0);
  expect(run.outputs.status).toBe('pr-created');
  const proposed = fake.repo.readFile(`adopters/issue-${number}`, 'website/data/adopters.yml');
  expect(proposed).toBe(
    DATA.replace(
      '  - name: Monzo\n',
      '  - name: "Hooli: Search"\n    url: https://hooli.example.com\n  - name: Monzo\n',
    ),
  );
  const pull = fake.repo.pulls.list()[0]!;
  expect(fake.repo.issues.get(pull.number).body).toContain('website/data/adopters.yml');
  expect(fake.repo.readFile('adopters/issue-' + number, 'ADOPTERS.md')).toBe(fake.repo.readFile('main', 'ADOPTERS.md'));

  fake.repo.issues.addLabels(number, ['adopters: approved'], 'maintainer-mia');
  const approved = await runAction({
    fake,
    ...webhookEvents(fake).issues('labeled', { number, label: 'adopters: approved', sender: mia }),
  });
  expect(approved.outputs.status, approved.stdout + approved.stderr).toBe('merged');
  const merged = parse(fake.repo.readFile('main', 'website/data/adopters.yml')!) as { adopters: { name: string }[] };
  expect(merged.adopters.map((a) => a.name)).toEqual(['Aspen Mesh', 'Buoyant', 'Etsy', 'Hooli: Search', 'Monzo']);
});

it('sends a submission to the data file of its group (section-files), as Flux keeps one file per project', async () => {
  const flagger = 'adopters:\n  project: Flagger\n  companies:\n    - name: Xenit\n      url: https://xenit.se/\n';
  fake = await startAdoptersFake({
    extraFiles: {
      'data/adopters/1-flux.yaml':
        'adopters:\n  project: Flux\n  companies:\n    - name: Sortlist\n      url: https://www.sortlist.com\n',
      'data/adopters/2-flagger.yaml': flagger,
      '.github/adopters.yml':
        'adopters-file: data/adopters/1-flux.yaml\nsection-files:\n  Project: data/adopters/2-flagger.yaml\n',
    },
  });
  const number = fileAdopterIssue(fake, { name: 'Hooli', website: 'https://hooli.example.com', section: 'Project' });
  const run = await runAction({ fake, ...webhookEvents(fake).issues('opened', { number }) });
  expect(run.outputs.status, run.stdout + run.stderr).toBe('pr-created');
  expect(fake.repo.readFile(`adopters/issue-${number}`, 'data/adopters/2-flagger.yaml')).toBe(
    `${flagger}    - name: Hooli\n      url: https://hooli.example.com\n`,
  );
  expect(fake.repo.readFile(`adopters/issue-${number}`, 'data/adopters/1-flux.yaml')).toBe(
    fake.repo.readFile('main', 'data/adopters/1-flux.yaml'),
  );
});
