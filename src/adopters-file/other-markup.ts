import { extensionOf } from '../data-files/format.js';

/**
 * Markup languages other than Markdown that projects keep their users in, by file extension. The Markdown
 * engine would read such a file as text with a few stray links, and could write into a menu or a
 * directive: these files are refused instead, with the reason.
 */
const OTHER_MARKUP: Record<string, string> = {
  rst: 'reStructuredText',
  adoc: 'AsciiDoc',
  asciidoc: 'AsciiDoc',
  rdoc: 'RDoc',
  rd: 'RD',
  org: 'Org',
  textile: 'Textile',
  tex: 'LaTeX',
  html: 'HTML',
  htm: 'HTML',
  php: 'PHP',
};

/** The names editors give these languages in a file's mode line, beyond the extensions above. */
const MODE_NAMES: Record<string, string> = {
  ...OTHER_MARKUP,
  restructuredtext: 'reStructuredText',
  latex: 'LaTeX',
};

/**
 * The language a file declares in its first lines for Emacs (`# -*- rd -*-`, `-*- mode: org -*-`) or Vim
 * (`vim: ft=rst`, `vim: set filetype=rst:`): a file named `USERS`, with no extension, says what it is there.
 */
function declaredMode(source: string): string | undefined {
  const head = source.split('\n', 3).join('\n');
  const line = /-\*-(.*?)-\*-/.exec(head)?.[1] ?? '';
  const emacs = /\bmode:\s*([\w-]+)/i.exec(line)?.[1] ?? /^\s*([\w-]+)\s*$/.exec(line)?.[1];
  const vim = /\b(?:vim?|ex):.*?\b(?:ft|filetype)=([\w-]+)/.exec(head)?.[1];
  const mode = (emacs ?? vim)?.toLowerCase();
  return mode === undefined ? undefined : MODE_NAMES[mode];
}

/**
 * Why the file at `path` is not edited, when its extension or its mode line names another markup
 * language.
 */
export function otherMarkupReason(path: string, source = ''): string | undefined {
  const ext = extensionOf(path);
  const language = (ext === undefined ? undefined : OTHER_MARKUP[ext]) ?? declaredMode(source);
  return language
    ? `this file is written in ${language}; the bot edits Markdown, YAML and JSON adopters files: add the adopter by hand`
    : undefined;
}
