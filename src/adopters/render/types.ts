/**
 * What a new entry says: a `ValidEntry`, which only the submission rules make (src/submission), so no
 * engine can be handed text that did not pass them. `url` is absent only for files whose entries carry
 * no links (see `requires` in render-entry.ts).
 */
export type { ValidEntry as NewEntry } from '../../submission/validate-entry.js';
