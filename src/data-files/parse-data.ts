import type { DataFormat } from './model.js';
import { parseJsonData } from './parse-json.js';
import { type Parsed, parseYamlData } from './parse-yaml.js';

export type { Parsed };

/** A data file's adopters lists, read by the parser its format names. */
export function parseData(source: string, format: DataFormat): Parsed {
  return format === 'json' ? parseJsonData(source) : parseYamlData(source);
}
