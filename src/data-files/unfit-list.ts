import { isNameLike } from '../adopters/entry-traits.js';
import { listedItems } from './listed-items.js';
import { type DataItem, isRecord, type KeyMap } from './model.js';

/**
 * Why a list's items have a shape a one-line submission cannot fill, or undefined when it can:
 * - links kept inside nested values (`links: {ios: …}`, `resources: [{url: …}]`): the items' place for a
 *   website, one the bot does not write, so a website given would be dropped (a list that links nothing
 *   at all keeps linking nothing: the website is left out there, with a warning);
 * - sites written as host names (`domain: gohugo.id`, `hostname: data.example.edu`): a website given has no
 *   place in the file's own form;
 * - names that are headlines ("How JSON Schema Was an Obvious Choice at GitHub"): a page of case studies.
 */
export function unfitList(items: readonly DataItem[], keys: KeyMap, url: string | undefined): string | undefined {
  if (url && !keys.url && items.some((i) => isRecord(i.value) && holdsNestedLink(i.value)))
    return "this file's items keep their links inside nested values, where the bot does not write; add the entry by hand";
  const hosts = url && !keys.url ? hostKey(items, keys.name) : undefined;
  if (hosts)
    return `this file's items give their site as a host name without "https://" (\`${hosts}\`), which the bot does not write; add the entry by hand`;
  const names = listedItems(items, keys).map((l) => l.name);
  // A headline is a sentence: five words or more that do not read as a name.
  const isHeadline = (n: string) => n.split(/\s+/).length >= 5 && !isNameLike(n, 'plain');
  const headline = names.find(isHeadline);
  if (names.length >= 2 && names.filter(isHeadline).length * 2 > names.length)
    return `the items here are named by sentences ("${headline}"), not by adopters' names: a page of stories, to add by hand`;
  return undefined;
}

/** A web address anywhere below an item's own keys (in a nested map or list). */
function holdsNestedLink(item: Record<string, unknown>): boolean {
  const deep = (v: unknown): boolean =>
    typeof v === 'string'
      ? /^https?:\/\//i.test(v.trim())
      : Array.isArray(v)
        ? v.some(deep)
        : isRecord(v) && Object.values(v).some(deep);
  return Object.values(item).some((v) => typeof v === 'object' && v !== null && deep(v));
}

const HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?:\/\S*)?$/i;

/**
 * A key most items set to a host name (`gohugo.id`), the way others keep `https://gohugo.id`; not the name
 * key, where a site named by its domain (`name: ariya.io`) is a name.
 */
function hostKey(items: readonly DataItem[], nameKey: string | undefined): string | undefined {
  const counts = new Map<string, number>();
  for (const item of items)
    if (isRecord(item.value))
      for (const [key, value] of Object.entries(item.value))
        if (key !== nameKey && typeof value === 'string' && HOST.test(value.trim()))
          counts.set(key, (counts.get(key) ?? 0) + 1);
  const [key, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  return key !== undefined && count! * 2 > items.length ? key : undefined;
}
