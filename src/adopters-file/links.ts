import { extractDataLinks } from '../data-files/extract-links.js';
import { dataFormatOf } from '../data-files/parse-data.js';
import { type ExtractedLinks, extractLinks } from '../links/extract.js';
import { dataOptions, type FileOptions } from './options.js';

/** Every link of the file with its line and the entry it belongs to. */
export function extractFileLinks(path: string, source: string, options: FileOptions = {}): ExtractedLinks {
  const format = dataFormatOf(path);
  return format
    ? { occurrences: extractDataLinks(source, format, dataOptions(options)), anchors: new Set() }
    : extractLinks(source);
}
