// The release notes: the CHANGELOG.md section of one version, found with remark (so a "## " inside
// a code block is not a heading) and sliced from the original text byte for byte.
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** A heading as written, without its `##`, closing hashes or underline: `[1.1.0] - 2019-02-15`. */
function titleOf(heading, markdown) {
  const { start, end } = heading.position;
  return markdown
    .slice(start.offset, end.offset)
    .split('\n')[0] // a setext heading's underline is on the next line
    .replace(/^#+[ \t]*/, '')
    .replace(/[ \t]+#+[ \t]*$/, '')
    .trim();
}

/**
 * Finds `## <version>` (also `## [<version>]`, `## v<version>`, followed by a date or a dash) and
 * returns what is under it up to the next heading of level 1 or 2. A section whose heading says
 * "unreleased", or that is empty, is refused: the changelog must be finished before the release.
 */
export function extractChangelogSection(markdown, version) {
  const tree = unified().use(remarkParse).parse(markdown);
  const headings = tree.children.filter((n) => n.type === 'heading' && n.depth <= 2);
  const escaped = version.replace(/[.+]/g, '\\$&');
  const pattern = new RegExp(`^\\[?v?${escaped}\\]?(?![0-9A-Za-z.+-])`);
  const at = headings.findIndex((h) => h.depth === 2 && pattern.test(titleOf(h, markdown)));
  if (at === -1) {
    const found = headings
      .filter((h) => h.depth === 2)
      .map((h) => titleOf(h, markdown))
      .slice(0, 3);
    return {
      ok: false,
      error: `CHANGELOG.md has no "## ${version}" section${found.length ? ` (its latest: ${found.map((f) => `"${f}"`).join(', ')})` : ''}`,
    };
  }
  const heading = headings[at];
  const title = titleOf(heading, markdown);
  if (/\bunreleased\b/i.test(title)) {
    return {
      ok: false,
      error: `CHANGELOG.md: the section "${title}" is marked unreleased; put the release date in its place`,
    };
  }
  const end = headings[at + 1]?.position.start.offset ?? markdown.length;
  const notes = markdown.slice(heading.position.end.offset, end).trim();
  if (!notes) return { ok: false, error: `CHANGELOG.md: the section "${title}" is empty` };
  return { ok: true, title, notes: `${notes}\n` };
}
