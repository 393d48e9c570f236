import { ConfigurationError, type WorkflowContext } from './context.js';
import { branchFor, readPrMarker } from './markers.js';
import type { FieldError } from '../submission/form-fields.js';
import { errorsComment, refusalComment, type PreviewKind } from './messages.js';
import type { PullInfo } from './ports.js';

/** A proposal ready to be written: one new version of the adopters file, and what to say about it. */
export interface ReadyProposal {
  kind: 'ready';
  /** The whole new file. */
  content: string;
  /** Binds an approval: the normalized request and the entry text it renders to (not the base). */
  hash: string;
  hunk: string;
  base: string;
  tip: { sha: string; tree: string };
  path: string;
  title: string;
  body: string;
  /** 1-based line of the entry in the new file (of the removed entry in the old one). */
  line: number;
  /** What the change is, for the preview comment. */
  preview: PreviewKind;
  warnings: string[];
  /** Look-alikes and shared sites: a maintainer must add the override label before approving. */
  flags: { kind: 'same-site' | 'lookalike'; name: string; line: number }[];
  /** The start of the closing comment once merged: `Added to`, `Updated in`, `Removed from`. */
  done: string;
}

/** What the current issue body and the current base make of an issue, before anything is written. */
export type Proposal =
  | { kind: 'ignored'; why: string }
  | { kind: 'invalid'; comment: string; why: string }
  /** A removal whose entry is already gone: the request is fulfilled without a pull request. */
  | { kind: 'completed'; comment: string; why: string }
  | ReadyProposal;

/** Where a proposal starts: the default branch's tip, and the adopters file and a form read at it. */
export interface Base {
  base: string;
  tip: { sha: string; tree: string };
  /** An adopters file at the tip (a configuration error when it is not there). */
  read(path: string): Promise<string>;
  /** A form at the tip; `fallback` (said in a warning when `warn`) where the repository has none. */
  readForm(path: string, fallback: string, warn?: boolean): Promise<string>;
}

export async function readBase(ctx: WorkflowContext): Promise<Base> {
  const { repo, reporter } = ctx.ports;
  const base = await repo.defaultBranch();
  const tip = await repo.branchTip(base);
  if (!tip) throw new ConfigurationError(`the default branch ${base} does not exist`);
  return {
    base,
    tip,
    // Files are read at one commit of the default branch: what a maintainer reviewed, never a PR's copy.
    read: async (path) => {
      const source = await repo.readFile(path, tip.sha);
      if (source === undefined) throw new ConfigurationError(`the adopters file ${path} is not on the branch ${base}`);
      return source;
    },
    readForm: async (form, fallback, warn = true) => {
      const text = await repo.readFile(form, tip.sha);
      if (text !== undefined) return text;
      if (warn) reporter.warning(`The issue form ${form} is not on ${base}; using the default form's fields.`);
      return fallback;
    },
  };
}

/** Another open adopter PR of the bot already proposes something for this organization. */
export function openDuplicate(ctx: WorkflowContext, issue: number, openPulls: PullInfo[], name: string) {
  return openPulls.find(
    (p) => p.headRef !== branchFor(issue) && readPrMarker(p, ctx.settings['bot-login'])?.name === name,
  );
}

export function duplicateRefusal(pull: PullInfo): Proposal {
  const reason = 'This organization is already proposed in another pull request';
  return {
    kind: 'invalid',
    comment: refusalComment(reason, { text: `#${pull.number}`, url: pull.url }),
    why: 'duplicate of an open pull request',
  };
}

/** A form that could not be read or did not pass the rules: the problems, per field, in one comment. */
export function invalidForm(
  read: { reason: 'invalid'; errors: FieldError[] } | { reason: 'not-a-submission'; message: string },
): Proposal {
  const errors: FieldError[] =
    read.reason === 'invalid' ? read.errors : [{ field: 'form', label: 'Issue form', message: read.message }];
  return {
    kind: 'invalid',
    comment: errorsComment(errors, 'Issue form'),
    why: `${errors.length} problem(s) in the form`,
  };
}
