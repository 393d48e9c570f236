// The pure path of a submission, exactly as intake runs it: issue body → readSubmission (the form on
// the default branch) → insertAdopter on the adopters file. What intake commits is `content`.
import { escapeInline, linkDestination } from '../../../src/adopters/escape.js';
import { insertAdopter, type InsertResult } from '../../../src/adopters/insert-adopter.js';
import { trimCharacters } from '../../../src/submission/code-points.js';
import { DEFAULT_ISSUE_FORM } from '../../../src/submission/default-form.js';
import type { IssueFormFields } from '../../../src/submission/form-fields.js';
import { loadIssueFormTemplate, parseIssueForm } from '../../../src/submission/parse-issue-form.js';
import { readSubmission, type ReadSubmissionResult } from '../../../src/submission/read-submission.js';
import type { Submission } from '../../../src/submission/submission.js';
import type { EntryValues } from '../../../src/submission/validate-entry.js';
import { renderIssueForm } from '../../../test-support/render-issue-form.js';
import { insertionProblem, untouchedProblem } from './invariant.js';
import type { Outcome } from './tally.js';

export const CONSENT = 'I am authorized to list this organization publicly';

/** The default form, read once (intake reads the same text from the default branch). */
const TEMPLATE = loadIssueFormTemplate(DEFAULT_ISSUE_FORM);

/** The answers each body of `formBody` was made from: what `adopters add` is given for the same case. */
const ANSWERS = new Map<string, IssueFormFields>();

/** The issue body GitHub renders for these answers of the default form (consent ticked unless false). */
export function formBody(fields: IssueFormFields, eol?: '\r\n'): string {
  const { consent, ...rest } = fields;
  const body = renderIssueForm(DEFAULT_ISSUE_FORM, { ...rest, consent: consent === false ? [] : [CONSENT] }, { eol });
  ANSWERS.set(body, fields);
  return body;
}

/** The answers `formBody` made this body from; undefined for a body written or edited by hand. */
export function answersOf(body: string): IssueFormFields | undefined {
  return ANSWERS.get(body);
}

export interface PureRun {
  read: ReadSubmissionResult;
  insert?: InsertResult;
  /** The adopters file after the run: the source itself unless an entry was inserted. */
  content: string;
  observed: Outcome;
  /** Set when the invariant does not hold. */
  problem?: string;
}

/**
 * True when the bot had to change a value to show it safely: normalized it (NFC, spaces, the URL's
 * canonical form), escaped it for Markdown, encoded it in a link destination, or flagged the submission
 * for a maintainer. Otherwise every value is written exactly as typed.
 */
export function wasNeutralized(typed: IssueFormFields, submission: Submission, insert: InsertResult): boolean {
  return insert.ok && (insert.flags.length > 0 || valuesTransformed(typed, submission));
}

/** Some typed value is not written as is: normalized, escaped or encoded. */
export function valuesTransformed(typed: IssueFormFields, submission: EntryValues): boolean {
  // Spaces around an answer are the form's, not the value's: any other difference is the bot's doing.
  const typedAs = (raw: string) => trimCharacters(raw, ' \t');
  const text = (raw: string | undefined, value: string | undefined) =>
    raw !== undefined && value !== undefined && (typedAs(raw) !== value || escapeInline(value) !== value);
  const url = (raw: string | undefined, value: string | undefined) =>
    raw !== undefined && value !== undefined && (typedAs(raw) !== value || linkDestination(value) !== value);
  return (
    text(typed.name, submission.name) ||
    text(typed.description, submission.description) ||
    url(typed.website, submission.url) ||
    url(typed.logo, submission.logo)
  );
}

/** `typed`: what the person typed, when the body loses some of it on the way (default: the parsed answers). */
export function runPure(body: string, source: string, options: { typed?: IssueFormFields } = {}): PureRun {
  const read = readSubmission(body, TEMPLATE);
  if (!read.ok) return { read, content: source, observed: 'refused' };
  const insert = insertAdopter(source, read.submission, { section: read.submission.section });
  if (!insert.ok) return { read, insert, content: source, observed: 'refused' };
  const typed = options.typed ?? parsedFields(body);
  return {
    read,
    insert,
    content: insert.content,
    observed: wasNeutralized(typed, read.submission, insert) ? 'neutralized' : 'accepted',
  };
}

/** The answers as typed (before validation), for telling "accepted as is" from "neutralized". */
export function parsedFields(body: string): IssueFormFields {
  const parsed = parseIssueForm(body, TEMPLATE);
  return parsed.kind === 'submission' ? parsed.fields : {};
}

/** The invariant for one pure run against the file it started from. */
export function pureProblem(run: PureRun, source: string): string | undefined {
  if (run.observed === 'refused') return untouchedProblem(source, run.content);
  if (!run.read.ok) return 'inserted without a valid submission';
  return insertionProblem(source, run.content, { name: run.read.submission.name, url: run.read.submission.url });
}
