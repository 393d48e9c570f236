import type { FileSections } from '../adopters/list-sections.js';
import { dataFormatOf } from '../data-files/format.js';
import { dataOptions, type FileOptions } from './options.js';

/** How the file groups its adopters (headings, a Type column, data lists or a group key). */
export async function listFileSections(path: string, source: string, options: FileOptions = {}): Promise<FileSections> {
  const format = dataFormatOf(path);
  if (format) {
    const { listDataSections } = await import('../data-files/list-sections.js');
    return listDataSections(source, format, dataOptions(options));
  }
  const { listSections } = await import('../adopters/list-sections.js');
  return listSections(source);
}
