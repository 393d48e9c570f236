/** A validated adopter submission: what the engine inserts and the bot binds approvals to. */
export interface Submission {
  /**
   * Organization name, NFC-normalized, displayed exactly as typed: plain text free of markup the
   * engine could not escape (see markup-rules.ts); space characters made U+0020, runs collapsed, trimmed.
   */
  name: string;
  /**
   * https URL of the organization's website, as re-serialized by WHATWG URL — except that a bare host
   * keeps the form it was typed in (`https://acme.com`, without the final `/`). See url-rules.ts.
   */
  url: string;
  /** One paragraph on how the organization uses the project: plain text, its lines joined with spaces. */
  description?: string;
  /** Section (heading text or Type-column value) the entry belongs in: the configured option's own spelling. */
  section?: string;
  /** https URL of a logo image (same rules as `url`; no file extension required). */
  logo?: string;
  /** GitHub handle of a contact, without the leading `@`. */
  contact?: string;
}

/**
 * Validated new values for a listed entry (a change request, or `update` on the command line): each
 * passed the same rules as the add form's field of the same kind. Absent: unchanged.
 */
export interface EntryChanges {
  name?: string;
  url?: string;
  description?: string;
  logo?: string;
}
