import { readFileSync } from 'node:fs';
import type { IssueFormFields } from '../../../src/submission/form-fields.js';
import type { IntakeRecord, IntakeSpec } from '../support/intake.js';
import type { LinksRecord, LinksSpec } from '../support/links.js';
import type { PureRun } from '../support/pure.js';
import type { Category, Outcome } from '../support/tally.js';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

/** Adopters files of each shape the engine writes into, all with linked names. */
export const SHAPES = {
  list: read('__fixtures__/github/adopters-repo/ADOPTERS.md'),
  table: read('__fixtures__/adopters/escaped-special-characters/ADOPTERS.md'),
  paragraphs: read('__fixtures__/corpus/adopters/containerd__containerd__ADOPTERS.md'),
  numbered: read('__fixtures__/corpus/adopters/argoproj__argo-rollouts__USERS.md'),
} as const;

export type Shape = keyof typeof SHAPES;
export const ALL_SHAPES = Object.keys(SHAPES) as Shape[];

interface Base {
  category: Category;
  /** A behaviour sentence: what the bot does with this input. */
  title: string;
  expect: Outcome;
}

/** Parse → validate → insert, into each shape (default: the list), as intake runs them. */
export interface PureCase extends Base {
  via: 'pure';
  body: string;
  /** What was typed, when the issue body already loses some of it (default: the parsed answers). */
  typed?: IssueFormFields;
  shapes?: Shape[];
  /** Extra files to insert into, by name (a file with a trap for this case). */
  sources?: Record<string, string>;
  check?: (run: PureRun, source: string) => void;
}

/** The whole intake on the fake GitHub: issue, comments, labels, branch, pull request. */
export interface IntakeCase extends Base {
  via: 'intake';
  spec: IntakeSpec;
  check?: (record: IntakeRecord) => void;
}

/** The scheduled link check on the fake GitHub: report issue, requests sent. */
export interface LinksCase extends Base {
  via: 'links';
  spec: LinksSpec;
  observe: (record: LinksRecord) => Outcome;
  check?: (record: LinksRecord) => void;
}

export type HardeningCase = PureCase | IntakeCase | LinksCase;

/** The valid submission most cases start from. */
export const HOOLI = { name: 'Hooli', website: 'https://hooli.com', description: 'Runs its search on it.' };

/** An intake case: the submission is HOOLI unless the spec's answers say otherwise. */
export function intakeCase(
  category: Category,
  title: string,
  expect_: Outcome,
  spec: IntakeSpec,
  check?: (r: IntakeRecord) => void,
): IntakeCase {
  return { via: 'intake', category, title, expect: expect_, spec: { answers: HOOLI, ...spec }, check };
}
