import { dataFormatOf } from '../data-files/format.js';
import type { ExtractedLinks } from '../links/extract.js';
import { dataOptions, type FileOptions } from './options.js';

/** Every link of the file with its line and the entry it belongs to. */
export async function extractFileLinks(
  path: string,
  source: string,
  options: FileOptions = {},
): Promise<ExtractedLinks> {
  const format = dataFormatOf(path);
  if (format) {
    const { extractDataLinks } = await import('../data-files/extract-links.js');
    return { occurrences: extractDataLinks(source, format, dataOptions(options)), anchors: new Set() };
  }
  const { extractLinks } = await import('../links/extract.js');
  return extractLinks(source);
}
