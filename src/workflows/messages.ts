import type { FieldError } from '../submission/form-fields.js';
import { COMMENT_MARKER } from './markers.js';

/** A fenced block no content can close: the fence is longer than any backtick run inside. */
export function codeBlock(text: string, lang = ''): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${text.replace(/\r\n/g, '\n')}\n${fence}`;
}

/**
 * Text from the repository or a form label shown in a comment: Markdown, HTML and mentions made
 * inert (a backslash before `@` and `#` stops GitHub from notifying or linking).
 */
export function inert(text: string): string {
  return text.replace(/[\\`*_[\]<>~|!#@]/g, '\\$&').replace(/\r?\n/g, ' ');
}

/** The diff hunk of a unified diff, without its file headers. */
export function hunkOf(diff: string): string {
  return diff
    .split('\n')
    .filter((l) => !l.startsWith('--- ') && !l.startsWith('+++ ') && !l.startsWith('\\ No newline'))
    .join('\n')
    .trim();
}

export interface PreviewFacts {
  file: string;
  fileUrl: string;
  line: number;
  section: string | null;
  order: 'alphabetical' | 'append';
  hunk: string;
  pull?: { number: number; url: string };
  approveLabel: string;
  warnings: string[];
  needsReview: boolean;
  overrideLabel: string;
}

export function previewComment(f: PreviewFacts): string {
  const where = f.section ? ` in the section “${inert(f.section)}”` : '';
  const order =
    f.order === 'alphabetical'
      ? 'in alphabetical order'
      : 'after the last entry, as the file keeps them in order of addition';
  const lines = [
    COMMENT_MARKER,
    '### ✅ Thank you! Your entry is ready for review',
    '',
    `It goes into [\`${inert(f.file)}\`](${f.fileUrl}) at line ${f.line}${where}, ${order}:`,
    '',
    codeBlock(f.hunk, 'diff'),
    '',
  ];
  if (f.warnings.length) {
    lines.push('**Notes for the maintainers**', '', ...f.warnings.map((w) => `- ${inert(w)}`), '');
  }
  if (f.needsReview) {
    lines.push(
      `⚠️ A maintainer needs to look at this before it can be approved (see the notes above); they add \`${inert(f.overrideLabel)}\` to accept it.`,
      '',
    );
  }
  lines.push(
    f.pull
      ? `Pull request: #${f.pull.number}. A maintainer approves it by adding the \`${inert(f.approveLabel)}\` label.`
      : 'The pull request will be opened shortly.',
    '',
    '<sub>To change the entry, edit the issue: the bot checks it again and updates the pull request.</sub>',
  );
  return lines.join('\n');
}

export function errorsComment(errors: FieldError[], formLabel: string): string {
  return [
    COMMENT_MARKER,
    '### ✋ A few things to fix before your entry can be added',
    '',
    ...errors.map((e) => `- **${inert(e.label ?? e.field ?? formLabel)}**: ${inert(e.message)}`),
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

export function pullBody(args: { issue: number; name: string; file: string; hunk: string; marker: string }): string {
  return [
    `Adds **${inert(args.name)}** to \`${inert(args.file)}\`, as submitted in #${args.issue}.`,
    '',
    codeBlock(args.hunk, 'diff'),
    '',
    'Maintainers: add the approval label to the issue or to this pull request to merge it, or the rejection label to close it.',
    '',
    `Closes #${args.issue}`,
    '',
    args.marker,
  ].join('\n');
}
