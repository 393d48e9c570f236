import type { DataFormat } from './model.js';
import { parseJsonData } from './parse-json.js';
import { type Parsed, parseYamlData } from './parse-yaml.js';

export type { Parsed };

/** The data format a file name implies (`.yml`, `.yaml`, `.json`), or undefined for anything else. */
export function dataFormatOf(path: string): DataFormat | undefined {
  const ext = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  if (ext === 'yml' || ext === 'yaml') return 'yaml';
  if (ext === 'json') return 'json';
  return undefined;
}

export function parseData(source: string, format: DataFormat): Parsed {
  return format === 'json' ? parseJsonData(source) : parseYamlData(source);
}
