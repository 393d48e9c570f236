// Look-alikes of a listed entry (THREATS.md rule 5): a name or a website that imitates one already in
// the file is flagged for a maintainer in the preview, and cannot be merged by an approval alone — only
// after an approver adds the override label. Homoglyph domains are refused outright by the URL rules.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/workflows/dispatch.js';
import { runIntake } from '../../src/workflows/intake.js';
import type { FakeGitHub } from '../../test-support/fake-github/index.js';
import { fileAdopterIssue, startAdoptersFake } from '../../test-support/harness/index.js';
import { contextFor } from '../../test-support/workflow-context.js';

const REVIEW = 'adopters: needs-review';
const APPROVED = 'adopters: approved';
const OVERRIDE = 'adopters: override';

let fake: FakeGitHub;
beforeEach(async () => {
  fake = await startAdoptersFake({ collaborators: { 'maintainer-mia': 'maintain', 'triager-tom': 'triage' } });
});
afterEach(async () => {
  fake.assertNoValidationFailures();
  await fake.close();
});

// The fixture lists Acme Corp, Globex (globex.example.org), Initech and Umbrella (umbrella.example.com).
const LOOKALIKES = [
  { kind: 'a Cyrillic о in the name', name: 'Glоbex', website: 'https://globex-data.com', imitates: 'Globex' },
  { kind: 'a Greek omicron in the name', name: 'Glοbex', website: 'https://globex-data.com', imitates: 'Globex' },
  { kind: 'a Cyrillic е in the name', name: 'Initеch', website: 'https://initech-labs.com', imitates: 'Initech' },
  {
    kind: 'a fullwidth letter with a Cyrillic о',
    name: 'Ｇlоbex',
    website: 'https://globex-data.com',
    imitates: 'Globex',
  },
  {
    kind: 'a lower-case L for the capital I',
    name: 'lnitech',
    website: 'https://initech-labs.com',
    imitates: 'Initech',
  },
  {
    kind: 'a digit 1 for the l of the domain',
    name: 'Globular',
    website: 'https://g1obex.example.org',
    imitates: 'Globex',
  },
  {
    kind: "'rn' for the m of the domain",
    name: 'Brella',
    website: 'https://urnbrella.example.com',
    imitates: 'Umbrella',
  },
];

async function submit(answers: { name: string; website: string }) {
  const n = fileAdopterIssue(fake, answers);
  const result = await runIntake(contextFor(fake), n);
  return { n, result, comment: fake.repo.issues.listComments(n)[0]?.body ?? '' };
}

async function label(n: number, name: string, who: string) {
  fake.repo.issues.addLabels(n, [name], who);
  return dispatch(contextFor(fake), 'issues', {
    action: 'labeled',
    issue: { number: n },
    label: { name },
    sender: { login: who, type: 'User' },
  });
}

const merged = () => fake.calls('pulls/merge').some((c) => c.status === 200);

describe('a look-alike of a listed entry', () => {
  it.each(LOOKALIKES)('is flagged for review in the preview ($kind)', async (l) => {
    const { n, result, comment } = await submit(l);
    expect(result.status).toBe('pr-created');
    expect(fake.repo.issues.get(n).labels).toContain(REVIEW);
    expect(comment).toContain(`looks like "${l.imitates}"`);
    expect(comment).toContain('A maintainer needs to look at this before it can be approved');
  });

  it.each(LOOKALIKES.slice(0, 3))('is not merged on an approval without the override label ($kind)', async (l) => {
    const { n } = await submit(l);
    const outcome = await label(n, APPROVED, 'maintainer-mia');
    expect(outcome.status).toBe('needs-review');
    expect(merged()).toBe(false);
    expect(fake.repo.readFile('main', 'ADOPTERS.md')).not.toContain(l.name);
  });

  it('is not merged when the override label comes from a triage user', async () => {
    const { n } = await submit(LOOKALIKES[0]!);
    fake.repo.issues.addLabels(n, [OVERRIDE], 'triager-tom');
    await label(n, APPROVED, 'maintainer-mia');
    expect(merged()).toBe(false);
  });

  it('is merged once a maintainer added the override label and approved', async () => {
    const { n } = await submit(LOOKALIKES[0]!);
    fake.repo.issues.addLabels(n, [OVERRIDE], 'maintainer-mia');
    const outcome = await label(n, APPROVED, 'maintainer-mia');
    expect(outcome.status).toBe('merged');
    expect(fake.repo.readFile('main', 'ADOPTERS.md')).toContain('[Glоbex](https://globex-data.com)');
  });

  // The override counts only when an approver added it (authorize.ts overrideCounts): a triage user's
  // override leaves the review note and the needs-review label in place.
  it('keeps the review flag when the override label was added by a triage user', async () => {
    const n = fileAdopterIssue(fake, LOOKALIKES[0]!);
    fake.repo.issues.addLabels(n, [OVERRIDE], 'triager-tom');
    await runIntake(contextFor(fake), n);
    expect(fake.repo.issues.get(n).labels).toContain(REVIEW);
  });
});

describe('a fullwidth copy of a listed name', () => {
  it('is refused as the same organization (names are compared after NFKC)', async () => {
    const { result, comment } = await submit({ name: 'Ｇｌｏｂｅｘ', website: 'https://globex-data.com' });
    expect(result.status).toBe('invalid');
    expect(comment).toContain('"Globex" is already listed');
    expect(fake.repo.branches()).toEqual(['main']);
  });
});

describe('a homoglyph domain', () => {
  it.each([
    ['Cyrillic letters mixed into a Latin label', 'https://glоbex.example.org'],
    ['the same, typed as punycode', 'https://xn--glbex-sce.example.org'],
    ['a label written wholly in Cyrillic look-alikes', 'https://аррӏе.com'],
    ['a fullwidth host', 'https://ｇlobex.example.org'],
  ])('is refused outright (%s)', async (_kind, website) => {
    const { n, result, comment } = await submit({ name: 'Glowbex', website });
    expect(result.status).toBe('invalid');
    expect(comment).toContain('**Website**');
    expect(fake.repo.branches()).toEqual(['main']);
    expect(fake.repo.issues.get(n).labels).toContain('adopters: needs-changes');
  });
});
