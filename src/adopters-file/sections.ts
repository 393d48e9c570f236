import { type FileSections, listSections } from '../adopters/list-sections.js';
import { listDataSections } from '../data-files/list-sections.js';
import { dataFormatOf } from '../data-files/parse-data.js';
import { dataOptions, type FileOptions } from './options.js';

/** How the file groups its adopters (headings, a Type column, data lists or a group key). */
export function listFileSections(path: string, source: string, options: FileOptions = {}): FileSections {
  const format = dataFormatOf(path);
  return format ? listDataSections(source, format, dataOptions(options)) : listSections(source);
}
