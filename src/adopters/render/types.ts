/** What a new entry says, already validated (see src/submission). */
export interface NewEntry {
  name: string;
  url: string;
  description?: string;
  logo?: string;
  contact?: string;
}

export interface Rendered {
  /** The entry's lines joined with the file's line ending, without a final one. */
  text: string;
  lines: number;
  warnings: string[];
}
