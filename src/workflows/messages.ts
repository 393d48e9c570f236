import type { FieldError } from '../submission/form-fields.js';
import { COMMENT_MARKER } from './markers.js';

/** A fenced block no content can close: the fence is longer than any backtick run inside. */
export function codeBlock(text: string, lang = ''): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${text.replace(/\r\n/g, '\n')}\n${fence}`;
}

/**
 * Text from the repository or a form label shown in a comment: Markdown and HTML made inert by
 * backslashes, `&` written `&amp;` (so `&#64;` cannot become an `@`), line breaks folded, and a
 * zero-width space (U+200B) after every `@` and `#`. A backslash is not enough for those two: GitHub
 * links mentions and issue references in the rendered text, where `\@team` is already `@team` again;
 * the zero-width space is what Dependabot and Renovate insert for the same reason.
 */
export function inert(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029\u0085]+/g, ' ')
    .replace(/[\\`*_[\]<>~|!]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/[@#]/g, '$&\u200b');
}

/**
 * A code span showing `text` exactly (a label to add, a file path): no escape works inside one, so the
 * fence is longer than any backtick run of the text, and GitHub neither mentions nor links inside it.
 */
export function inlineCode(text: string): string {
  const value = text.replace(/[\r\n\u2028\u2029\u0085]+/g, ' ');
  const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = value.startsWith('`') || value.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${value}${pad}${fence}`;
}

/** The diff hunk of a unified diff, without its file headers. */
export function hunkOf(diff: string): string {
  return diff
    .split('\n')
    .filter((l) => !l.startsWith('--- ') && !l.startsWith('+++ ') && !l.startsWith('\\ No newline'))
    .join('\n')
    .trim();
}

/** What a proposal does, as the preview comment says it. */
export type PreviewKind =
  | { kind: 'add'; section: string | null; order: 'alphabetical' | 'append'; newestFirst?: boolean }
  | { kind: 'update'; moved: boolean; reason?: string }
  | { kind: 'remove'; reason?: string };

export interface PreviewFacts {
  file: string;
  fileUrl: string;
  line: number;
  what: PreviewKind;
  hunk: string;
  pull?: { number: number; url: string };
  approveLabel: string;
  warnings: string[];
  needsReview: boolean;
  overrideLabel: string;
  /** What happened last (an approval refused, a merge blocked…), shown above the preview. */
  notice?: string;
}

/** The title and the sentence above the diff. */
function describePreview(f: PreviewFacts): [string, string] {
  const file = `[${inlineCode(f.file)}](${f.fileUrl})`;
  const what = f.what;
  if (what.kind === 'update') {
    const moved = what.moved ? ', and moves it to its alphabetical place' : '';
    return ['### ✅ Your change is ready for review', `It changes the entry at line ${f.line} of ${file}${moved}:`];
  }
  if (what.kind === 'remove') {
    return ['### ✅ Your request is ready for review', `It removes the entry at line ${f.line} of ${file}:`];
  }
  const where = what.section ? ` in the section “${inert(what.section)}”` : '';
  const order =
    what.order === 'alphabetical'
      ? 'in alphabetical order'
      : what.newestFirst
        ? 'before the first entry, as the file keeps the newest first'
        : 'after the last entry, as the file keeps them in order of addition';
  return [
    '### ✅ Thank you! Your entry is ready for review',
    `It goes into ${file} at line ${f.line}${where}, ${order}:`,
  ];
}

export function previewComment(f: PreviewFacts): string {
  const [title, sentence] = describePreview(f);
  const reason = f.what.kind !== 'add' && f.what.reason ? [`**Reason given:** ${inert(f.what.reason)}`, ''] : [];
  const lines = [
    COMMENT_MARKER,
    ...(f.notice ? [f.notice, ''] : []),
    title,
    '',
    sentence,
    '',
    codeBlock(f.hunk, 'diff'),
    '',
    ...reason,
  ];
  if (f.warnings.length) {
    lines.push('**Notes for the maintainers**', '', ...f.warnings.map((w) => `- ${inert(w)}`), '');
  }
  if (f.needsReview) {
    lines.push(
      `⚠️ A maintainer needs to look at this before it can be approved (see the notes above); they add ${inlineCode(f.overrideLabel)} to accept it.`,
      '',
    );
  }
  lines.push(
    f.pull
      ? `Pull request: #${f.pull.number}. A maintainer approves it by adding the ${inlineCode(f.approveLabel)} label.`
      : 'The pull request will be opened shortly.',
    '',
    f.what.kind === 'add'
      ? '<sub>To change the entry, edit the issue: the bot checks it again and updates the pull request.</sub>'
      : '<sub>To change the request, edit the issue: the bot checks it again and updates the pull request.</sub>',
  );
  return lines.join('\n');
}

/**
 * Problems listed in one comment. A body can hold thousands (a stray `###` per line): GitHub refuses a
 * comment over 65,536 characters, so the run would fail instead of answering. The rest are counted.
 */
export const MAX_LISTED_ERRORS = 20;

export function errorsComment(errors: FieldError[], formLabel: string): string {
  const listed = errors.slice(0, MAX_LISTED_ERRORS);
  const more = errors.length - listed.length;
  return [
    COMMENT_MARKER,
    '### ✋ A few things to fix before your entry can be added',
    '',
    ...listed.map((e) => `- **${inert(e.label ?? e.field ?? formLabel)}**: ${inert(e.message)}`),
    ...(more > 0 ? [`- …and ${more} more like these; fix the ones above and the bot lists what is left.`] : []),
    '',
    'Edit the issue (the **⋯** menu → **Edit**) and the bot will check it again.',
  ].join('\n');
}

export function refusalComment(reason: string, link?: { text: string; url: string }): string {
  return [
    COMMENT_MARKER,
    '### ✋ This entry cannot be added as it is',
    '',
    `${inert(reason)}${link ? ` — see [${inert(link.text)}](${link.url})` : ''}.`,
    '',
    'If this is a mistake, edit the issue or ask a maintainer.',
  ].join('\n');
}

export function forbiddenComment(): string {
  return [
    COMMENT_MARKER,
    '### ⏳ Valid — waiting for a maintainer',
    '',
    'The entry is valid, but the bot is not allowed to open pull requests in this repository.',
    'A maintainer can fix that in **Settings → Actions → General → Workflow permissions** by ticking',
    '“Allow GitHub Actions to create and approve pull requests”, or by giving the workflow a GitHub App',
    'token or a personal access token (the `token` input). The bot will then open the pull request on',
    'the next run (edit the issue or re-run the workflow).',
  ].join('\n');
}

/** A login shown without notifying anyone: in a code span, never as an @mention. */
export function quietLogin(login: string): string {
  return `\`${login.replace(/`/g, '')}\``;
}

export function closingComment(
  kind: 'merged' | 'rejected' | 'withdrawn',
  detail: string,
  request: 'add' | 'update' | 'remove' = 'add',
): string {
  const title =
    kind === 'merged'
      ? request === 'add'
        ? '### 🎉 Added — thank you!'
        : '### 🎉 Done — thank you!'
      : kind === 'rejected'
        ? request === 'add'
          ? '### Not added'
          : '### Not changed'
        : '### Withdrawn';
  return [COMMENT_MARKER, title, '', detail].join('\n');
}

/** A removal asked for an entry that is not listed (any more): nothing to do, and the closest names. */
export function completedComment(asked: string, file: string, closest: { name: string; line: number }[]): string {
  const names = closest.map((c) => `“${inert(c.name)}” (line ${c.line})`).join(', ');
  return [
    COMMENT_MARKER,
    '### ✅ Nothing left to remove',
    '',
    `No entry named “${inert(asked)}” is listed in ${inlineCode(file)} (it may have been removed already), so there is nothing to do and this issue is closed as completed.`,
    ...(names
      ? [
          '',
          `If you meant another entry (the closest listed names are ${names}), reopen this issue with the name as it is listed.`,
        ]
      : []),
  ].join('\n');
}

export function pullBody(args: {
  issue: number;
  name: string;
  file: string;
  hunk: string;
  marker: string;
  /** Why the entry went where it did (the engine's own words: the list, the order, the sibling copied). */
  why?: { container: string; runnerUp?: string; order: string; sibling?: string };
}): string {
  const why = args.why
    ? [
        '**Why here**',
        '',
        `- List: ${inert(args.why.container)}${args.why.runnerUp ? ` (next best: ${inert(args.why.runnerUp)})` : ''}`,
        `- Order: ${inert(args.why.order)}`,
        ...(args.why.sibling ? [`- Shape: ${inert(args.why.sibling)}`] : []),
        '',
      ]
    : [];
  return requestBody(
    `Adds **${inert(args.name)}** to ${inlineCode(args.file)}, as submitted in #${args.issue}.`,
    args,
    why,
  );
}

export function changePullBody(args: {
  issue: number;
  kind: 'update' | 'remove';
  name: string;
  file: string;
  hunk: string;
  reason?: string;
  marker: string;
}): string {
  const what =
    args.kind === 'update'
      ? `Updates **${inert(args.name)}** in ${inlineCode(args.file)}`
      : `Removes **${inert(args.name)}** from ${inlineCode(args.file)}`;
  const reason = args.reason ? [`**Reason given:** ${inert(args.reason)}`, ''] : [];
  return requestBody(`${what}, as requested in #${args.issue}.`, args, reason);
}

/** A pull request's body: what it does, the diff, `extra` lines, the maintainers' note, `Closes`, the marker. */
function requestBody(lead: string, args: { issue: number; hunk: string; marker: string }, extra: string[]): string {
  return [
    lead,
    '',
    codeBlock(args.hunk, 'diff'),
    '',
    ...extra,
    'Maintainers: add the approval label to the issue or to this pull request to merge it, or the rejection label to close it.',
    '',
    `Closes #${args.issue}`,
    '',
    args.marker,
  ].join('\n');
}
