/**
 * Where a listed organization asks to change its entry: the repository's change form, opened with the
 * entry's name already filled in (GitHub issue forms take field values as query parameters keyed by the
 * field's id, and `title` for the title).
 */
export interface ChangeFormLink {
  /** `https://github.com/<owner>/<repo>/issues/new` (trusted: built from the repository). */
  newIssueUrl: string;
  /** The form's file name in `.github/ISSUE_TEMPLATE/`, e.g. `adopter-change.yml`. */
  template: string;
  /** The id of the form's "Organization as listed" field. */
  entryField: string;
}

/** Query values percent-encoded, parentheses and quotes too, so the URL is safe as a Markdown link destination. */
const encode = (value: string) =>
  encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** The change form's URL, pre-filled with an entry's name (untrusted text: only ever a query value). */
export function changeFormUrl(form: ChangeFormLink, entry: string): string {
  const query = [
    `template=${encode(form.template)}`,
    `title=${encode(`Adopter change: ${entry}`)}`,
    `${encode(form.entryField)}=${encode(entry)}`,
  ];
  return `${form.newIssueUrl}?${query.join('&')}`;
}
