/**
 * `Other Projects`, `And many more`, `...More individuals`, `And many more! Please ping us to add you.`: a
 * trailing catch-all that must stay last (the words after its closing mark say how to join it).
 */
export function isCatchAll(name: string): boolean {
  return /^(?:\.{2,}|…)?\s*(?:and\s+)?(?:many\s+)?(?:other|others|more|misc(?:ellaneous)?|etc\.?)(?:\s+(?:projects?|users?|adopters?|organi[sz]ations?|compan(?:y|ies)|individuals|people|teams))?\s*(?:[.:!…]+(?:\s.*)?)?$/is.test(
    name.trim(),
  );
}

const SENTENCE_WORDS =
  /\b(?:is|are|be|been|should|must|can|will|have|has|please|you|your|we|our|if|to|this|these|the list)\b/i;
/** "Open a PR", "edit this file": instructions that happen to start with a link. */
const IMPERATIVE =
  /^(?:open|submit|send|create|edit|fill(?:\s+out)?|add|file|raise|make|fork|click|see|read|join|contact|e-?mail|follow|visit|check)\s+(?:a|an|the|this|your|out|in|us|our|it|here)\b/i;
const LABELS =
  /^(?:note|notes|important|warning|tip|caution|update|updated|disclaimer|n\.?b\.?|example|todo|attention)$/i;

/** `Note`, `Important:`: a label that opens a remark, not a name. */
export const isRemarkLabel = (text: string) => LABELS.test(text.trim().replace(/:$/, ''));

/** How an entry writes its name: as a link, wrapped in emphasis, or as plain text. */
export type NameStyle = 'linked' | 'emphasized' | 'plain';

/**
 * Does the start of this block name an organization? Linked and bold names do (unless they are labels
 * like **Note**); plain text does when it is short and reads like a name rather than a sentence.
 */
export function isNameLike(name: string | undefined, style: NameStyle): boolean {
  if (!name || name.length > 100) return false;
  // `*1034* - Domain Names`, `**2.0:** …`: a number names a standard or a version, not an organization
  // (a linked one, `[1&1](…)`, still may).
  if (style !== 'linked' && !/\p{L}/u.test(name)) return false;
  // A link names what it points at: `[NB](…)` is an adopter, `**NB:**` a remark.
  if (style !== 'linked' && LABELS.test(name)) return false;
  // "&", "+" and "-" join words rather than count as ones ("Marks & Spencer").
  const words = name.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (style === 'linked') return words <= 12 && !IMPERATIVE.test(name);
  // "**If you use it, we'd love to list you here.**" is a bold sentence, not a name.
  if (style === 'emphasized') return words <= 10 && !(words >= 5 && /[.!?:]$/.test(name) && SENTENCE_WORDS.test(name));
  // A sentence of words ends with "!" or "?", or goes on after a full stop that ends a lowercase word.
  // "Yahoo!", "Red Hat, Inc.", "J.P. Morgan", "Acme Inc. Europe" and "The Royal Bank of Scotland Group plc"
  // are names.
  const sentence = (words > 1 && /[!?]$/.test(name)) || /(?<!\p{L})\p{Ll}{2,}\.\s+\S/u.test(name);
  return words <= 8 && !sentence && !SENTENCE_WORDS.test(name) && !IMPERATIVE.test(name);
}

/** RFC 2606's bare documentation hosts: what a template's link points at. */
const EXAMPLE_HOST = /^(?:[a-z]+:\/\/)?(?:www\.)?example\.(?:com|org|net)(?:[/?#]|$)/i;

/** What a placeholder name has at least one of (see the patterns of `isPlaceholder`). */
const MAYBE_PLACEHOLDER = /[<{.…[-]|coming|\btb[ad]\b|\bn\/?a\b|example|\bnone\b|\byours?\b|\bmy\b|\bname\b/i;

/**
 * A template to copy rather than an adopter: `<Company Name>`, `[Your organization]`, `Organization Name`
 * linking to example.com.
 */
export function isPlaceholder(name: string, url: string | undefined): boolean {
  const raw = name.trim();
  // Every name pattern below needs one of these: a real name (nearly all of a long list) is let go early.
  if (!MAYBE_PLACEHOLDER.test(raw)) return url !== undefined && EXAMPLE_HOST.test(url.trim());
  // `[Coming Soon]`, `*TBD*`: brackets or emphasis the name is written in change nothing.
  const n = raw.replace(/^[[(*_]+(?=[^[(*_])|(?<=[^\])*_])[\])*_]+$/g, '');
  if (
    /^<.*>$|^\{.*\}$/.test(n) ||
    /^(?:\.{3}|…|-+|coming soon|tb[ad]|n\/?a|example(?: (?:company|corp|inc|org|organi[sz]ation|user|person|individual|project|team|adopter))?)$/i.test(
      n,
    )
  )
    return true;
  // "None yet. Be the first.", "None listed.": a section that waits for its first entry.
  if (/^none (?:yet|listed)\b/i.test(n)) return true;
  if (/^\[.*\b(?:your|name|company|organi[sz]ation|project)\b.*\]$/i.test(raw)) return true;
  // "Add yours here!", "Your logo here": an invitation where the first entry will go.
  if (/^(?:add|insert|put|place)\s+(?:yours|your\b)|\b(?:yours|your\s+[\w ]{1,30}?)\s+here\b/i.test(n)) return true;
  // "Send me your games!", "Tell us about yours": a request for the next entry, linking nowhere.
  if (
    url === undefined &&
    /^(?:send|submit|tell|e-?mail|share|suggest)\s+(?:(?:me|us)\s+)?(?:about\s+)?yours?\b/i.test(n)
  )
    return true;
  // "Your Company", "My Organization": not "My" alone nor "Your.MD", which are names.
  if (/^your\s/i.test(n) || /^my\s+(?:own\s+)?(?:company|organi[sz]ation|org|project|team|business|name)\b/i.test(n))
    return true;
  if (
    /\b(?:company|organi[sz]ation|project|adopter|user|individual|person)(?:'s)?\s+name\b/i.test(n) ||
    /^name$/i.test(n)
  )
    return true;
  return url !== undefined && EXAMPLE_HOST.test(url.trim());
}
