/**
 * `href`/`src` out of raw HTML fragments (logo walls, `<img>` inside table cells). A full HTML parser
 * is not needed: the fragments are single tags or short runs of tags, and only attribute values are
 * read, never trusted as markup. Comments are blanked first so commented-out templates are ignored.
 */

export interface HtmlLink {
  url: string;
  /** 0-based line offset inside the fragment. */
  lineOffset: number;
  /** `alt` of the image the link wraps (or of the image itself): the logo wall's entry name. */
  alt: string | null;
}

const TAG = /<([a-z][a-z0-9-]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const URL_ATTRIBUTE = /(?:^|\s)(href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;
const ID_ATTRIBUTE = /(?:^|\s)(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;

export function blankComments(html: string): string {
  return html.replace(/<!--[\s\S]*?(?:-->|$)/g, (comment) => comment.replace(/[^\n]/g, ' '));
}

/**
 * @param following markup after the fragment (the next inline HTML nodes of the paragraph): an
 *   inline `<a href>` is its own node, and the `<img alt>` naming it comes in the next one.
 */
export function extractHtmlLinks(fragment: string, following = ''): HtmlLink[] {
  const html = blankComments(fragment);
  const context = html + blankComments(following);
  const links: HtmlLink[] = [];
  for (const tag of html.matchAll(TAG)) {
    const name = tag[1]!.toLowerCase();
    const attributes = tag[2] ?? '';
    for (const attr of attributes.matchAll(URL_ATTRIBUTE)) {
      const url = decodeEntities(attr[2] ?? attr[3] ?? attr[4] ?? '');
      const at = tag.index + 1 + name.length + (attr.index ?? 0);
      const alt =
        name === 'img' ? attributeValue(attributes, 'alt') : name === 'a' ? wrappedAlt(context, tag.index) : null;
      links.push({ url, lineOffset: countNewlines(html, at), alt });
    }
  }
  return links;
}

/** `id="…"` and `name="…"` values: in-page anchors a `#fragment` link may point at. */
export function extractHtmlAnchors(fragment: string): string[] {
  const html = blankComments(fragment);
  const anchors: string[] = [];
  for (const tag of html.matchAll(TAG)) {
    for (const attr of (tag[2] ?? '').matchAll(ID_ATTRIBUTE)) {
      anchors.push(decodeEntities(attr[1] ?? attr[2] ?? attr[3] ?? ''));
    }
  }
  return anchors;
}

/** The `alt` of the first `<img>` between an `<a …>` and its `</a>`. */
function wrappedAlt(html: string, from: number): string | null {
  const close = html.toLowerCase().indexOf('</a', from);
  const inner = html.slice(from, close === -1 ? undefined : close);
  const img = /<img\b((?:[^>"']|"[^"]*"|'[^']*')*)>/i.exec(inner);
  return img ? attributeValue(img[1] ?? '', 'alt') : null;
}

export function attributeValue(attributes: string, name: string): string | null {
  const re = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'=<>\`]+))`, 'i');
  const m = re.exec(attributes);
  return m ? decodeEntities(m[1] ?? m[2] ?? m[3] ?? '') : null;
}

function countNewlines(text: string, end: number): number {
  let n = 0;
  for (let i = 0; i < end && i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}
