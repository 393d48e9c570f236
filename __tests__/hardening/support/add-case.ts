// Which hostile cases `adopters add` can be given, and what it must make of them: the same outcome as
// the form path, on the same adopters files, except that a look-alike is refused (the form flags it for
// a maintainer; the CLI's counterpart of the override label is --allow-look-alike).
import { expect } from 'vitest';
import { DEFAULT_ISSUE_FORM } from '../../../src/submission/default-form.js';
import type { FieldError, IssueFormFields } from '../../../src/submission/form-fields.js';
import { readSubmission } from '../../../src/submission/read-submission.js';
import { HOOLI, SHAPES, type HardeningCase } from '../cases/types.js';
import { runAdd } from './add.js';
import { answersOf, formBody, runPure } from './pure.js';
import type { Outcome } from './tally.js';

const FILE = 'ADOPTERS.md';

export type AddTarget =
  | {
      fields: IssueFormFields;
      /** The issue body of the same answers, for the form path. */
      body: string;
      sources: Record<string, string>;
      /** What was typed differs from what the form parser reads (it trims): add may refuse what the form lost. */
      loosened: boolean;
    }
  | { why: string };

const STRUCTURE = "the trick is in the issue body's structure, which add does not read";

/** Why the form refuses these answers for a rule of the form itself (none of add's business), if it does. */
function formOnly(fields: IssueFormFields, body: string): string | undefined {
  if (fields.consent === false) return 'the consent box is the form’s; add has none';
  if (Object.values(fields).some((v) => typeof v === 'string' && v.trim() === '_No response_')) {
    return "GitHub's '_No response_' is an empty answer only in an issue body";
  }
  const read = readSubmission(body, DEFAULT_ISSUE_FORM);
  const choice = (e: FieldError) => e.field === 'section' && /not one of this project's choices/.test(e.message);
  if (!read.ok && read.reason === 'invalid' && read.errors.every(choice)) {
    return "the form's dropdown limits the adopter type; add is given the file's own sections";
  }
  return undefined;
}

/** The answers and files of a case, or why `add` has nothing to be given. */
export function addTarget(c: HardeningCase): AddTarget {
  if (c.via === 'links') return { why: 'a link check, not a submission' };
  if (c.via === 'pure') {
    const fields = c.typed ?? answersOf(c.body);
    if (!fields) return { why: STRUCTURE };
    const why = formOnly(fields, c.body);
    if (why) return { why };
    const shapes = Object.fromEntries((c.shapes ?? ['list']).map((s) => [s, SHAPES[s]]));
    return { fields, body: c.body, sources: { ...shapes, ...c.sources }, loosened: c.typed !== undefined };
  }
  const spec = c.spec;
  if (spec.act || spec.setup || spec.settings || spec.throws || Object.keys(spec.files ?? {}).some((f) => f !== FILE)) {
    return { why: 'a GitHub flow (labels, comments, pull requests, settings), not the values alone' };
  }
  const fields = spec.body === undefined ? spec.answers : answersOf(spec.body);
  if (!fields) return { why: STRUCTURE };
  if (fields === HOOLI && !spec.files)
    return { why: 'the hostile part is the issue title or labels, which add does not have' };
  return {
    fields,
    body: spec.body ?? formBody(fields),
    sources: { file: spec.files?.[FILE] ?? SHAPES.list },
    loosened: false,
  };
}

export interface AddRecord {
  /** The one outcome `add` had on every file, or undefined when it differed between files. */
  observed: Outcome | undefined;
  corrupted: boolean;
}

/** Runs the case's answers through `add` into each file and checks it against the form path. */
export async function playAdd(target: Exclude<AddTarget, { why: string }>): Promise<AddRecord> {
  const problems: string[] = [];
  const outcomes = new Set<Outcome>();
  let corrupted = false;
  for (const [shape, source] of Object.entries(target.sources)) {
    const form = runPure(target.body, source);
    const run = await runAdd(target.fields, source);
    problems.push(...run.problems.map((p) => `${shape}: ${p}`));
    corrupted ||= run.fileProblem !== undefined;
    outcomes.add(run.observed);
    let expected = form.observed;
    if (form.insert?.ok && form.insert.flags.some((f) => f.kind === 'lookalike')) {
      expected = 'refused';
      const allowed = await runAdd(target.fields, source, { allowLookAlike: true });
      problems.push(...allowed.problems.map((p) => `${shape} (--allow-look-alike): ${p}`));
      corrupted ||= allowed.fileProblem !== undefined;
      if (allowed.observed !== 'neutralized')
        problems.push(`${shape}: with --allow-look-alike, add ${allowed.observed} it`);
    }
    if (target.loosened && run.observed === 'refused') expected = 'refused';
    if (run.observed !== expected) {
      problems.push(`${shape}: add ${run.observed} it, the form path ${form.observed} it (${run.stderr.trim()})`);
    }
  }
  expect(problems).toEqual([]);
  return { observed: outcomes.size === 1 ? [...outcomes][0] : undefined, corrupted };
}
