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

/** Why the file at `path` is not edited, when its extension names another markup language. */
export function otherMarkupReason(path: string): string | undefined {
  const ext = extensionOf(path);
  const language = ext === undefined ? undefined : OTHER_MARKUP[ext];
  return language
    ? `this file is written in ${language}; the bot edits Markdown, YAML and JSON adopters files: add the adopter by hand`
    : undefined;
}
