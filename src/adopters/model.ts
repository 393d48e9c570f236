/**
 * The engine's reading of an adopters file: containers (runs of entries written one way) and their
 * entries, each with the exact spans of the text that holds its name, website, description, logo,
 * contact and group. Rendering a new entry substitutes those spans in a sibling's text; updating an
 * entry rewrites them in place. Every other byte is the file's own.
 */

/** What a span of an entry's text holds. */
export type FieldKind =
  | 'name'
  /** The organization's website (a link destination, a URL cell, an attribute). */
  | 'url'
  /** Text that shows the website itself (`[acme.com](https://acme.com)`): derived from the URL. */
  | 'url-text'
  | 'description'
  | 'logo'
  | 'contact'
  /** A link to the contact's profile (`[@handle](https://github.com/handle)`): derived from the handle. */
  | 'contact-url'
  /** The value of a grouping column (a Type or a status). */
  | 'group'
  /** The number of an ordered list item. */
  | 'ordinal'
  /** A value of the entry's own that a submission does not give (a date, a count): never copied. */
  | 'other';

/** How text must be written to mean itself at the span's place. */
export type SpanContext =
  /** Inline Markdown: a list item, a paragraph, a heading. */
  | 'text'
  /** A table cell: inline Markdown where `|` also ends the cell. */
  | 'cell'
  /** Inside `[…]` of a link. */
  | 'link-text'
  /** A link or image destination `(…)`. */
  | 'destination'
  /** A destination written `(<…>)`. */
  | 'angle-destination'
  /** The `][label]` of a reference link, rewritten as an inline destination `](…)`. */
  | 'reference-destination'
  /** An autolink `<https://…>`. */
  | 'autolink'
  /** A bare URL that GFM turns into a link. */
  | 'bare-url'
  /** An HTML attribute value in double quotes. */
  | 'attribute-double'
  /** An HTML attribute value in single quotes. */
  | 'attribute-single'
  /** An unquoted HTML attribute value. */
  | 'attribute-bare'
  /** Raw text in a code block, where nothing is parsed. */
  | 'code'
  /** Text in an HTML block, where Markdown is not parsed: only `<` and a character reference mean more. */
  | 'html-text'
  /** A template tag's parameter (a shortcode's, an include's, a component's) in double or single quotes. */
  | 'param-double'
  | 'param-single';

/** How a derived span is computed from its source value. */
export type Derivation = 'as-is' | 'host' | 'host-www' | 'host-path' | 'github-profile';

export interface Range {
  start: number;
  end: number;
}

export interface FieldSpan extends Range {
  field: FieldKind;
  context: SpanContext;
  /** For `url-text` and `contact-url`: how the text follows from the URL or the handle. */
  derive?: Derivation;
  /**
   * What goes when the field has no value: the separator and the text (` - description`), the image and
   * the space after it, the whole line of a labelled field, the brackets of a link around a name. When
   * absent, the span alone is emptied (a table cell).
   */
  remove?: Range[];
  /**
   * For a name carried by a logo's alt text: the range that shows the name as text instead when there
   * is no logo (the link text `<img alt="Acme" …>` in `[<img …>](url)` becomes `Acme`).
   */
  fallback?: Range;
  /** How the name is written in the fallback's place: link text, unless the logo sits in an HTML block. */
  fallbackContext?: SpanContext;
}

export type ContainerKind =
  | 'list'
  | 'table'
  | 'paragraphs'
  | 'headings'
  | 'key-value'
  | 'logos'
  | 'tag-lines'
  /** One name per line of a paragraph, without list markers. */
  | 'lines';

/** One adopter in the file. */
export interface Entry {
  /** Offset of the start of the entry's first line. */
  start: number;
  /** Offset of the end of the entry's last text (before the line break). */
  end: number;
  /** 1-based lines. */
  startLine: number;
  endLine: number;
  name: string;
  url?: string;
  description?: string;
  logo?: string;
  contact?: string;
  /** The value of a grouping column as it reads (a badge's alt text). */
  group?: string;
  /** The group cell as written (a badge's markup): rows look grouped when these form runs. */
  groupKey?: string;
  /** Where each value sits, in text order. */
  spans: FieldSpan[];
  /** The entry's first line with its values replaced by placeholders: entries with equal shapes look alike. */
  shape: string;
  /** False when the entry is malformed (unbalanced emphasis, missing cells): never copied. */
  wellFormed: boolean;
  /** False for a well-formed entry holding data a new one must not carry (several people's handles). */
  copyable: boolean;
  /** The start reads like an organization's name (not a sentence, a label or an instruction). */
  nameLike: boolean;
  /** A catch-all like `**_Other Projects_**`: stays last. */
  catchAll: boolean;
  /** A template to copy (`<Company Name>`, `https://example.com`): not an adopter. */
  placeholder: boolean;
}

/** What each table column holds, by index; -1 when the table has no such column. */
/** Which column holds what; read once per table and shared by its readers, so never changed. */
export interface TableColumns {
  readonly name: number;
  readonly url: number;
  readonly description: number;
  readonly contact: number;
  readonly logo: number;
  readonly group: number;
  readonly count: number;
  readonly headers: readonly string[];
}

export interface TableLayout {
  columns: TableColumns;
  /** The delimiter row (`|---|:-:|`), which gives the cell widths of an aligned table. */
  delimiter: string;
  /** Offset of the first body row's line (after the header and delimiter rows). */
  bodyStart: number;
  /** Offset of the start of the table's first line. */
  headStart: number;
}

/** Why a run of entries is unlikely to be the adopters list. */
export type ContainerDoubt =
  /** Inside a block quote (notes and instructions). */
  | 'quoted'
  /** Shows how to write an entry: made of placeholders, or explaining another list's terms. */
  | 'example'
  /** Sits under a heading about adding entries (or why to): taken only when long and no run is surer. */
  | 'instructions'
  /** Follows a sentence that may introduce an example (`… as follows:`): taken when no run is surer. */
  | 'introduced'
  /** Links to places in the page (a table of contents). */
  | 'contents'
  /** Hangs under a catch-all entry (`Other projects:` and its sub-list). */
  | 'catch-all'
  /** Its entries do not start with names (sentences, instructions). */
  | 'prose';

/** A run of entries written one way: a list, a table, name paragraphs, one heading per adopter, key/value blocks. */
export interface Container {
  kind: ContainerKind;
  entries: Entry[];
  /** Offsets from the start of the first entry's line to the end of the last entry. */
  start: number;
  end: number;
  /** Text of the heading the container sits under (null at the top of the file). */
  section: string | null;
  /** Headings above the container, outermost first (their words may state the order). */
  headings: string[];
  /** A blank line separates entries. */
  loose: boolean;
  /** The section the container lives in (its prose may state the order). */
  scopeStart: number;
  scopeEnd: number;
  doubts: ContainerDoubt[];
  table?: TableLayout;
  /** Heading level of one-heading-per-adopter entries. */
  headingDepth?: number;
  /** The paragraph right above a list or a table, which may say who it lists. */
  intro?: string;
}
