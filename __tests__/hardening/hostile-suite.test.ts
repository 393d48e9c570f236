// The hostile-input suite (THREATS.md as evidence): every case states its outcome — refused,
// neutralized or accepted — and every case is held to the invariant: the adopters file is byte-identical
// unless the submission is valid, and a valid one is a pure insertion displaying exactly the name given.
// What the bot wrote on GitHub (comments, pull requests, report) and logged is checked on the way.
import { afterAll, describe, expect, it } from 'vitest';
import { APPROVAL_CASES } from './cases/approval-cases.js';
import { FIELD_CASES, MORE_FIELD_CASES } from './cases/field-cases.js';
import { FORM_CASES } from './cases/form-cases.js';
import { INTAKE_CASES } from './cases/intake-cases.js';
import { INTAKE_TEXT_CASES } from './cases/intake-text-cases.js';
import { LINK_CASES } from './cases/link-cases.js';
import { MARKUP_CASES } from './cases/markup-cases.js';
import { SHAPES, type HardeningCase, type IntakeCase, type LinksCase, type PureCase } from './cases/types.js';
import { addTarget, playAdd } from './support/add-case.js';
import { runIntakeCase } from './support/intake.js';
import { runLinksCase } from './support/links.js';
import { pureProblem, runPure } from './support/pure.js';
import { CATEGORIES, Tally } from './support/tally.js';

const CASES: HardeningCase[] = [
  ...FIELD_CASES,
  ...MORE_FIELD_CASES,
  ...MARKUP_CASES,
  ...FORM_CASES,
  ...INTAKE_CASES,
  ...INTAKE_TEXT_CASES,
  ...APPROVAL_CASES,
  ...LINK_CASES,
];

const tally = new Tally();
const addTally = new Tally();
/** The cases `adopters add` is given (the answers of a submission), and why the others are not. */
const TARGETS = CASES.map((c) => ({ c, target: addTarget(c) }));
const NOT_FOR_ADD = TARGETS.filter(({ target }) => 'why' in target).length;
afterAll(() => {
  // The counts the issue asks `npm test` to print, for the form path and for `adopters add`.
  console.log(`${tally.line()}\n  by category: ${tally.categories()}`);
  console.log(
    `through adopters add: ${addTally.line().replace(/^hostile-input suite: /, '')} (${NOT_FOR_ADD} cases are the issue form’s or GitHub’s own: titles, labels, body structure, consent, links, flows)`,
  );
});

async function play(c: HardeningCase): Promise<void> {
  if (c.via === 'pure') return playPure(c);
  if (c.via === 'intake') return playIntake(c);
  return playLinks(c);
}

function playPure(c: PureCase): void {
  const sources = { ...Object.fromEntries((c.shapes ?? ['list']).map((s) => [s, SHAPES[s]])), ...c.sources };
  const problems: string[] = [];
  const outcomes = new Set<string>();
  for (const [shape, source] of Object.entries(sources)) {
    const run = runPure(c.body, source, { typed: c.typed });
    outcomes.add(run.observed);
    const problem = pureProblem(run, source);
    if (problem) problems.push(`${shape}: ${problem}`);
    c.check?.(run, source);
  }
  const observed = outcomes.size === 1 ? ([...outcomes][0] as PureCase['expect']) : undefined;
  tally.record(c.category, observed, problems.length > 0);
  expect(problems).toEqual([]);
  expect([...outcomes], 'the same outcome in every shape of file').toEqual([c.expect]);
}

async function playIntake(c: IntakeCase): Promise<void> {
  const record = await runIntakeCase(c.spec);
  tally.record(c.category, record.observed, record.fileProblems.length > 0);
  if (c.spec.throws) expect(String(record.error)).toMatch(c.spec.throws);
  else expect(record.error).toBeUndefined();
  expect(record.problems).toEqual([]);
  expect(record.observed).toBe(c.expect);
  c.check?.(record);
}

async function playLinks(c: LinksCase): Promise<void> {
  const record = await runLinksCase(c.spec);
  const observed = c.observe(record);
  tally.record(c.category, observed, record.fileProblems.length > 0);
  expect(record.problems).toEqual([]);
  expect(observed).toBe(c.expect);
  c.check?.(record);
}

describe('the hostile-input suite', () => {
  it('has at least 150 cases covering every category of THREATS.md', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(150);
    const covered = new Set(CASES.map((c) => c.category));
    expect(CATEGORIES.filter((c) => !covered.has(c))).toEqual([]);
  });

  for (const category of CATEGORIES) {
    describe(category, () => {
      const cases = CASES.filter((c) => c.category === category);
      it.each(cases.map((c) => [`${c.title} (${c.expect})`, c] as const))('%s', async (_title, c) => {
        await play(c);
      });
    });
  }
});

describe('the hostile-input suite through `adopters add`', () => {
  it('gives add every case that carries a submission', () => {
    expect(TARGETS.length - NOT_FOR_ADD).toBeGreaterThanOrEqual(150);
  });

  for (const category of CATEGORIES) {
    const cases = TARGETS.filter(({ c, target }) => c.category === category && !('why' in target));
    if (cases.length === 0) continue;
    describe(category, () => {
      it.each(cases.map(({ c, target }) => [c.title, c, target] as const))('%s', async (_title, c, target) => {
        if ('why' in target) return;
        const record = await playAdd(target);
        addTally.record(c.category, record.observed, record.corrupted);
      });
    });
  }
});
