import type { DataFormat } from './model.js';

/**
 * The data format a path's extension names, or undefined for Markdown (any other extension). Kept apart
 * from the parsers so that choosing an engine loads neither YAML nor JSON code.
 */
export function dataFormatOf(path: string): DataFormat | undefined {
  const ext = extensionOf(path);
  if (ext === 'yml' || ext === 'yaml') return 'yaml';
  if (ext === 'json') return 'json';
  return undefined;
}

/** A path's extension, lower-cased, without the dot (`docs/USERS.MD` → `md`). */
export function extensionOf(path: string): string | undefined {
  return /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
}
