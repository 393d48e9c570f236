import { siteKey } from '../adopters/duplicates.js';
import { type DataItem, isRecord, type KeyMap, type Role } from './model.js';

/** Keys that name a whole group of adopters next to their sequence (`project: Tooling`). */
export const TITLE_KEYS = ['project', 'title', 'name', 'group', 'category', 'section', 'label'];

/** What item keys usually hold each role, most likely first (compared without case, `_` or `-`). */
const ROLE_KEYS: Record<Role, string[]> = {
  name: [
    'name',
    'organization',
    'organisation',
    'company',
    'org',
    'organizationname',
    'organisationname',
    'companyname',
    'title',
    'adopter',
    'displayname',
    'label',
  ],
  url: ['url', 'website', 'link', 'homepage', 'href', 'site', 'web', 'uri', 'websiteurl', 'homepageurl'],
  description: [
    'description',
    'desc',
    'usage',
    'usecase',
    'summary',
    'details',
    'text',
    'blurb',
    'comment',
    'story',
    'info',
    'about',
  ],
  logo: ['logo', 'image', 'img', 'icon', 'logourl', 'imageurl', 'logosrc', 'src'],
  contact: ['contact', 'contacts', 'github', 'maintainer', 'owner'],
  group: ['category', 'type', 'kind', 'group', 'section', 'segment', 'tier'],
};

const fold = (key: string) => key.toLowerCase().replace(/[-_\s]/g, '');
const isUrl = (v: unknown) => typeof v === 'string' && /^https?:\/\//i.test(v.trim());
const isImage = (v: unknown) =>
  typeof v === 'string' && /\.(?:png|svg|jpe?g|gif|webp|avif)(?:[?#].*)?$/i.test(v.trim());

/** How many items carry each key, in order of first appearance. */
export function keyCounts(items: readonly DataItem[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) for (const p of item.pairs ?? []) counts.set(p.key, (counts.get(p.key) ?? 0) + 1);
  return counts;
}

function valuesOf(items: readonly DataItem[], key: string): unknown[] {
  return items.map((i) => (isRecord(i.value) ? i.value[key] : undefined)).filter((v) => v !== undefined);
}

/**
 * Which item key holds each role, learned from the items: a configured mapping wins, then a key named for
 * the role, then what the values look like (a key whose values are mostly web addresses is the website).
 * A key serves one role only; the first logo-like key is the logo (a second one such as `logo_white` is left alone).
 */
export function inferKeys(items: readonly DataItem[], configured: KeyMap = {}): KeyMap {
  const counts = keyCounts(items);
  const keys = [...counts.keys()];
  const taken = new Set(Object.values(configured).filter(Boolean));
  const map: KeyMap = { ...configured };
  const claim = (role: Role, key: string | undefined) => {
    if (!key || map[role] || taken.has(key)) return;
    map[role] = key;
    taken.add(key);
  };
  // Of several keys named for the role (`organizationName` on the companies, `name` on the people), the
  // one most items carry; a tie goes to the likelier name.
  const byName = (role: Role, accept: (values: unknown[]) => boolean) =>
    ROLE_KEYS[role]
      .map((wanted) => keys.find((k) => fold(k) === wanted && !taken.has(k)))
      .filter((k): k is string => k !== undefined && accept(valuesOf(items, k)))
      .reduce<string | undefined>((best, k) => (!best || counts.get(k)! > counts.get(best)! ? k : best), undefined);
  const mostly = (values: unknown[], test: (v: unknown) => boolean) =>
    values.filter(test).length * 2 > values.filter((v) => v !== '' && v !== null).length;
  const strings = (values: unknown[]) => mostly(values, (v) => typeof v === 'string');

  claim(
    'url',
    // A key named for the website holds addresses (some perhaps without a scheme: `www.finos.org`) on a fair
    // share of the items: one stray `website` among a hundred `consul_website`s is not the key.
    byName('url', (v) => strings(v) && !mostly(v, isImage) && v.length * 10 >= items.length),
  );
  claim('logo', byName('logo', strings));
  claim('name', byName('name', strings));
  claim('description', byName('description', strings));
  claim('contact', byName('contact', strings));
  // By the values, for files that name their keys otherwise.
  const rest = () => keys.filter((k) => !taken.has(k));
  // Of several keys of addresses, the adopters' own sites point at many sites; a key whose addresses share
  // one (`linkAppStore: https://apps.apple.com/…`) links a store. On a shared host each owner counts as a
  // site of its own (`github.com/acme`).
  const hosts = (k: string) =>
    new Set(
      valuesOf(items, k)
        .filter(isUrl)
        .map((v) => siteKey((v as string).trim())),
    ).size;
  claim(
    'url',
    rest()
      .filter((k) => mostly(valuesOf(items, k), isUrl) && !mostly(valuesOf(items, k), isImage))
      .sort((a, b) => hosts(b) - hosts(a))[0],
  );
  claim(
    'logo',
    rest().find((k) => mostly(valuesOf(items, k), isImage)),
  );
  claim(
    'name',
    rest().find(
      // A name tells its item from the others: a key whose values repeat (`gapclass: p-t-2`) is a setting.
      (k) =>
        (counts.get(k) ?? 0) * 2 > items.length &&
        mostly(valuesOf(items, k), (v) => typeof v === 'string') &&
        new Set(valuesOf(items, k)).size * 2 > valuesOf(items, k).length,
    ),
  );
  // Prose most items carry (`how: "Uses it to build its services"`, `info: …`) is the description.
  const words = (v: unknown) => (typeof v === 'string' && !isUrl(v) ? v.trim().split(/\s+/).length : 0);
  const prose = (k: string) => {
    const values = valuesOf(items, k);
    return values.reduce<number>((sum, v) => sum + words(v), 0) / Math.max(1, values.length);
  };
  claim(
    'description',
    rest()
      .filter((k) => (counts.get(k) ?? 0) * 2 > items.length && strings(valuesOf(items, k)) && prose(k) >= 4)
      .sort((a, b) => prose(b) - prose(a))[0],
  );
  const group = byName('group', (v) => strings(v) && new Set(v.map(String)).size > 1 && new Set(v).size < v.length);
  claim('group', group);
  return map;
}

/** The form's field ids (setting `data-keys`) as roles: `website` is the url, `section` the group key. */
export function keyMapFromFields(fields: Readonly<Record<string, string>>): KeyMap {
  const roles: Record<string, Role> = {
    name: 'name',
    website: 'url',
    url: 'url',
    description: 'description',
    logo: 'logo',
    contact: 'contact',
    section: 'group',
    group: 'group',
  };
  const map: KeyMap = {};
  for (const [field, key] of Object.entries(fields)) {
    const role = roles[field.toLowerCase()];
    if (role) map[role] = key;
  }
  return map;
}

/**
 * A list whose items are groups rather than adopters: mappings without a website, each holding a list
 * of mappings (`- category: Vendors` / `  items: [...]`). Its items' lists are the adopters' lists.
 */
export function isGroupList(items: readonly DataItem[]): boolean {
  const maps = items.filter((i) => isRecord(i.value));
  if (!maps.length || inferKeys(maps).url) return false;
  return maps.every((i) =>
    Object.values(i.value as Record<string, unknown>).some((v) => Array.isArray(v) && v.some((x) => isRecord(x))),
  );
}
