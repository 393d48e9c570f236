/** A validated adopter submission: what the engine inserts and the bot binds approvals to. */
export interface Submission {
  /** Organization name, NFC-normalized, displayed exactly as typed. */
  name: string;
  /** https URL of the organization's website, as re-serialized by WHATWG URL. */
  url: string;
  /** One paragraph on how the organization uses the project. */
  description?: string;
  /** Section (heading text or Type-column value) the entry belongs in. */
  section?: string;
  /** https URL of a logo image. */
  logo?: string;
  /** GitHub handle of a contact, without the leading `@`. */
  contact?: string;
}
