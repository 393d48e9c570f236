import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/**
 * remark-parse with GitHub Flavored Markdown (tables, autolink literals, footnotes, strikethrough, task
 * lists): the reading half of remark-gfm, the same two extensions it registers for parsing. Its writing
 * half is left out: the engine never serializes Markdown (every edit is a splice), and that half pulled
 * a Markdown serializer into every command that reads a file. The tests judge this reading against
 * remark-gfm itself.
 */
export function markdownReader() {
  return unified()
    .use(remarkParse)
    .use(function gfmReading() {
      const data = this.data();
      (data.micromarkExtensions ??= []).push(gfm());
      (data.fromMarkdownExtensions ??= []).push(gfmFromMarkdown());
    });
}
