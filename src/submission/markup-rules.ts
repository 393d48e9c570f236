/**
 * Markup a name or description may not contain (THREATS.md rule 4). The engine escapes Markdown
 * punctuation for its context (`*`, `_`, `` ` ``, `\`, `|`, `[`…), so a name like "C++" or "A|B" is
 * left to it; what is refused here is what escaping cannot neutralize on GitHub, or what no real
 * organization name contains:
 *
 * - raw HTML and comments: `<` followed by a letter, `/`, `!` or `?`;
 * - link, image and reference syntax: `](`, `][`, `![`, `]:`;
 * - web addresses: `scheme://`, `www.`, `javascript:`-like schemes (GitHub autolinks them);
 * - mentions and e-mail addresses: `@` followed by a letter or digit (`@team`, `org/repo@sha`, `a@b.c`);
 * - issue references: `#` or `GH-` followed by a digit (`#123`, `org/repo#1`) — refused, not
 *   neutralized, in names and descriptions alike: GitHub links references after Markdown is rendered,
 *   so a backslash does not stop it;
 * - character references (`&amp;`, `&#x202E;`): entity smuggling of characters rule 5 refuses;
 * - emoji shortcodes (`:rocket:`), which GitHub replaces after rendering;
 * - block syntax at the start of a line (heading, quote, list, table, code fence, setext underline);
 * - `::`, which starts a GitHub Actions workflow command: anywhere in a name, at the start of a line in
 *   a description (where "std::string" is plausible);
 * - `##[`, the runner's legacy workflow-command prefix, which it honours anywhere in a line of a log
 *   (`ActionCommand.TryParse` looks for it with `IndexOf`): refused in names and descriptions alike.
 */

export type MarkupContext = 'name' | 'description';

const INLINE_RULES: readonly { test: RegExp; message: string }[] = [
  {
    test: /<[A-Za-z/!?]/,
    message:
      "contains HTML ('<' followed by a letter, '/', '!' or '?'); remove it — the text is shown exactly as written, never as HTML.",
  },
  {
    test: /\]\(|\]\[|!\[|\]:/,
    message:
      "contains Markdown link or image syntax ('](', '][', '![' or ']:'); write plain text — the website has its own field.",
  },
  {
    test: /\b[a-z][a-z0-9+.-]*:\/\/|\bwww\.|\b(?:javascript|vbscript|data|file|mailto|xmpp):/i,
    message: 'contains a web address, which GitHub would turn into a link; remove it — the website has its own field.',
  },
  {
    test: /@[\p{L}\p{N}]/u,
    message:
      "contains '@' followed by a letter or digit, which GitHub turns into a mention of a user or team (or an e-mail link); remove the '@'.",
  },
  {
    test: /#\d|\bGH-\d/i,
    message:
      "contains '#' (or 'GH-') followed by a digit, which GitHub turns into a link to an issue or pull request; remove the '#' (for example write 'No. 1' instead of '#1').",
  },
  {
    // Named references have two letters or more (`&lt;`), so "R&D;" is left alone.
    test: /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]+);/i,
    message:
      "contains an HTML character reference ('&…;'), which displays as another character; type the character itself (for example '&' instead of '&amp;').",
  },
  {
    test: /(?<!:):(?=[a-z0-9_+-]*[a-z])[a-z0-9_+-]+:(?!:)/i,
    message: "contains an emoji code (':name:'), which GitHub replaces with a picture; remove the colons.",
  },
];

const WORKFLOW_COMMAND = "'::', which GitHub Actions reads as a workflow command";
const LEGACY_COMMAND =
  "contains '##' followed by '[', which GitHub Actions reads as a workflow command wherever it appears in a line of a log; remove it.";

/** What a line starting with this text would become in Markdown, or undefined for plain text. */
function blockStart(line: string): { token: string; what: string } | undefined {
  const ordered = /^\d{1,9}[.)](?=\s|$)/.exec(line);
  if (ordered) return { token: ordered[0], what: 'a numbered list' };
  if (line.startsWith('```') || line.startsWith('~~~')) return { token: line.slice(0, 3), what: 'a code fence' };
  const first = line.charAt(0);
  const what: Record<string, string> = {
    '#': 'a heading',
    '>': 'a quote',
    '|': 'a table row',
    '=': 'a heading underline',
    '-': 'a list item or a heading underline',
    '+': 'a list item',
    '*': 'a list item or emphasis',
  };
  return what[first] === undefined ? undefined : { token: first, what: what[first] };
}

/**
 * Problems with markup in `text` (already NFC, one line for names; a description keeps its line
 * breaks here so each line's start can be checked). One message per rule broken.
 */
export function findMarkupProblems(text: string, context: MarkupContext): string[] {
  const problems = INLINE_RULES.filter((rule) => rule.test.test(text)).map((rule) => rule.message);
  if (text.includes('##[')) problems.push(LEGACY_COMMAND);
  if (context === 'name') {
    if (text.includes('::')) problems.push(`contains ${WORKFLOW_COMMAND}; remove it.`);
    const start = blockStart(text);
    if (start) {
      problems.push(`starts with '${start.token}', which Markdown reads as ${start.what}; start with the name itself.`);
    }
    return problems;
  }
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    const where = lines.length > 1 ? `line ${index + 1} ` : '';
    if (line.startsWith('::')) problems.push(`${where}starts with ${WORKFLOW_COMMAND}; remove it.`);
    const start = blockStart(line);
    if (start === undefined) return;
    problems.push(
      `${where}starts with '${start.token}', which Markdown reads as ${start.what}; write one paragraph of plain text.`,
    );
  });
  return problems;
}
