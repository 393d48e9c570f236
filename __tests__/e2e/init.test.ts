import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listSections } from '../../src/adopters/list-sections.js';
import { readAdoptersFile } from '../../src/adopters/verify-edit.js';
import { parseConfigFile } from '../../src/config/resolve-settings.js';
import { readIssueFormTemplate } from '../../src/submission/index.js';
import { type FakeGitHub, startFakeGitHub } from '../../test-support/fake-github/index.js';
import {
  e2eNode,
  fileAdopterIssue,
  fileChangeIssue,
  REPO_ROOT,
  runAction,
  webhookEvents,
} from '../../test-support/harness/index.js';
import { insertedLines } from '../support/pure-insertion.js';
import { tempDir } from '../../test-support/temp-dir.js';

// Acceptance of `adopters init`: a repository in miniature (git, and one real adopters file from the
// corpus at its upstream path), the bundled CLI's init, then the bundled action on an issue filed
// through the form init wrote: a pull request that only inserts the entry, in the section chosen; and a
// removal filed through the change form init wrote.
const CASES: [fixture: string, path: string][] = [
  ['argoproj__argo-cd__USERS.md', 'USERS.md'],
  ['cert-manager__community__USERS.md', 'USERS.md'],
  ['containerd__containerd__ADOPTERS.md', 'ADOPTERS.md'],
  ['crossplane__crossplane__ADOPTERS.md', 'ADOPTERS.md'],
  ['kubevirt__kubevirt__ADOPTERS.md', 'ADOPTERS.md'],
  ['litmuschaos__litmus__ADOPTERS.md', 'ADOPTERS.md'],
  ['spiffe__spire__ADOPTERS.md', 'ADOPTERS.md'],
  ['kuberhealthy__kuberhealthy__docs__ADOPTERS.md', 'docs/ADOPTERS.md'],
  ['knative__community__ADOPTERS.MD', 'ADOPTERS.MD'],
  ['longhorn__longhorn__ADOPTERS.md', 'ADOPTERS.md'],
];

let fake: FakeGitHub | undefined;
afterEach(async () => {
  fake?.assertNoValidationFailures();
  await fake?.close();
  fake = undefined;
});

function miniature(fixture: string, path: string): string {
  const dir = tempDir('adopters-mini-');
  execFileSync('git', ['init', '-q', '-b', 'main', dir]);
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), readFileSync(join(REPO_ROOT, '__fixtures__/corpus/adopters', fixture)));
  return dir;
}

/** Every file of the folder but `.git`, as the fake's first commit. */
function tree(dir: string, at = dir): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(at)) {
    const full = join(at, name);
    if (name === '.git') continue;
    if (statSync(full).isDirectory()) Object.assign(files, tree(dir, full));
    else files[relative(dir, full)] = readFileSync(full, 'utf8');
  }
  return files;
}

describe('adopters init on repositories in miniature', () => {
  it.each(CASES)(
    '%s: the form offers its sections, and a submission becomes a pure insertion',
    async (fixture, path) => {
      const dir = miniature(fixture, path);
      execFileSync(e2eNode(), [join(REPO_ROOT, 'dist/cli.js'), 'init', dir]);
      const files = tree(dir);
      const source = files[path]!;
      const sections = listSections(source);

      const form = readIssueFormTemplate(files['.github/ISSUE_TEMPLATE/adopter.yml']!);
      if (!form.ok) throw new Error(form.message);
      const dropdown = form.template.fields.find((f) => f.key === 'section');
      expect(dropdown?.options).toEqual(sections.kind === 'none' ? undefined : sections.options);
      const config = parseConfigFile(files['.github/adopters.yml']!, '.github/adopters.yml');
      if (!config.ok) throw new Error(config.errors.join('\n'));
      expect(config.values['adopters-file']).toBe(path === 'ADOPTERS.md' ? undefined : path);
      expect(Object.keys(config.values['section-map'] ?? {})).toEqual(dropdown?.options ?? []);

      fake = await startFakeGitHub({ files });
      const section = dropdown?.options[1] ?? dropdown?.options[0];
      const number = fileAdopterIssue(fake, {
        name: 'Hooli Labs',
        website: 'https://hooli-labs.example.com',
        description: 'Runs its search on it.',
        section,
      });
      const run = await runAction({ fake, ...webhookEvents(fake).issues('opened', { number }) });
      expect(run.outputs.status, run.stdout + run.summary).toBe('pr-created');
      const after = fake.repo.readFile(`adopters/issue-${number}`, path)!;
      const { at, lines } = insertedLines(source, after);
      expect(lines.join('\n')).toContain('Hooli Labs');
      if (sections.kind === 'types') expect(lines.join('\n')).toContain(section);
      if (sections.kind === 'headings') {
        const heading = after
          .split('\n')
          .slice(0, at - 1)
          .reverse()
          .find((l) => /^#{1,6} /.test(l));
        expect(heading).toContain(section);
      }

      // The change form init wrote: a removal takes out exactly the entry's lines.
      const listed = readAdoptersFile(source).entries.find((e) => !e.catchAll)!;
      const removal = fileChangeIssue(fake, { entry: listed.name, request: 'Remove the entry' });
      const removed = await runAction({ fake, ...webhookEvents(fake).issues('opened', { number: removal }) });
      expect(removed.outputs.status, removed.stdout + removed.summary).toBe('pr-created');
      const cut = insertedLines(fake.repo.readFile(`adopters/issue-${removal}`, path)!, source);
      expect(cut.at).toBeGreaterThanOrEqual(listed.startLine - 1);
      expect(cut.lines.filter((l) => l.trim())).toEqual(
        source
          .split('\n')
          .slice(listed.startLine - 1, listed.endLine)
          .filter((l) => l.trim()),
      );
    },
  );
});
