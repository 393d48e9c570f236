/** What a new entry says, already validated (see src/submission). */
export interface NewEntry {
  name: string;
  /** Optional only where the file's entries carry no links. */
  url?: string;
  description?: string;
  logo?: string;
  contact?: string;
}
