/**
 * What a new entry says: a `ValidEntry`, which only the submission rules make (src/submission), so no
 * engine can be handed text that did not pass them. `url` is absent only for files whose entries carry
 * no links (see link-slot.ts).
 */
export type { ValidEntry as NewEntry } from '../../submission/validate-entry.js';

export interface Rendered {
  /** The entry's lines joined with the file's line ending, without a final one. */
  text: string;
  lines: number;
  warnings: string[];
}
