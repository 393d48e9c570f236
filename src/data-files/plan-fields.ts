import type { NewEntry } from '../adopters/render/types.js';
import { type DataItem, isRecord, type KeyMap, type Role } from './model.js';
import { keyCounts } from './roles.js';

/** One key of the new item: a value we write, or a sibling's pair copied as it is (a constant, an empty slot). */
export interface Field {
  key: string;
  role?: Role;
  /** A string we write in the siblings' style for this key. */
  value?: string;
  /** The value's text copied from a sibling (`tier: "adopter"`, `reference: ''`). */
  copyFrom?: { item: DataItem; pairIndex: number };
}

const isEmpty = (v: unknown) =>
  v === '' || v === null || (Array.isArray(v) && !v.length) || (isRecord(v) && !Object.keys(v).length);
const DATE = /^\d{4}-\d{2}(?:-\d{2})?(?:[T ]|$)/;
const mappings = (items: readonly DataItem[]) => items.filter((i) => i.pairs && isRecord(i.value));

/**
 * The keys the new item carries: ours where the file has a key for them, plus the keys every sibling
 * carries with one same value (`tier: "adopter"`) and the keys most siblings carry that they
 * leave empty when they have nothing to say (`reference: ''`). Any other key is left out, never invented.
 */
export function planFields(
  items: readonly DataItem[],
  keys: KeyMap,
  entry: NewEntry,
  extra: { group?: string; logo?: string; contact?: string },
): { fields: Field[]; warnings: string[] } {
  const warnings: string[] = [];
  const ours: Partial<Record<Role, string | undefined>> = {
    name: entry.name,
    url: entry.url || undefined,
    description: entry.description,
    logo: extra.logo,
    contact: extra.contact,
    group: extra.group,
  };
  const fields: Field[] = [];
  const filled = new Set<string>();
  for (const role of ['name', 'url', 'description', 'logo', 'contact', 'group'] as const) {
    const key = keys[role];
    const value = ours[role];
    if (key && value) {
      fields.push({ key, role, value });
      filled.add(key);
    } else if (value && role !== 'group' && role !== 'contact' && !key) {
      warnings.push(`the file's entries have no ${role === 'url' ? 'website' : role} key, so the ${role} was left out`);
    }
  }
  const all = mappings(items);
  for (const [key, count] of keyCounts(all)) {
    if (filled.has(key)) continue;
    const carriers = all.filter((i) => key in (i.value as Record<string, unknown>));
    const values = carriers.map((i) => (i.value as Record<string, unknown>)[key]);
    const constant =
      count === all.length &&
      all.length >= 3 &&
      values.every((v) => v !== null && typeof v !== 'object' && v === values[0]) &&
      // A date every sibling happens to share (`added: 2026-08`) is when they were added, not ours.
      !(typeof values[0] === 'string' && DATE.test(values[0])) &&
      !Object.values(keys).includes(key);
    const emptySlot = count * 2 > all.length && values.some(isEmpty);
    if (!constant && !emptySlot) continue;
    const source = constant ? carriers : carriers.filter((i) => isEmpty((i.value as Record<string, unknown>)[key]));
    const copyFrom = mostCommonPair(source, key);
    if (copyFrom) fields.push({ key, copyFrom });
  }
  return { fields, warnings };
}

/** The sibling pair for `key` whose text is the most common one (single-line pairs only). */
function mostCommonPair(items: readonly DataItem[], key: string): Field['copyFrom'] {
  const byText = new Map<string, { item: DataItem; pairIndex: number; n: number }>();
  for (const item of items) {
    const pairIndex = item.pairs!.findIndex((p) => p.key === key);
    const pair = item.pairs![pairIndex];
    if (!pair) continue;
    const text = `${pair.style}\u0000${JSON.stringify(pair.value)}`;
    const seen = byText.get(text);
    if (seen) seen.n++;
    else byText.set(text, { item, pairIndex, n: 1 });
  }
  const best = [...byText.values()].sort((a, b) => b.n - a.n)[0];
  return best && { item: best.item, pairIndex: best.pairIndex };
}

/**
 * The logo value as the siblings write theirs: a URL where they link images, else a path in their
 * folder named for the organization, with a word for the maintainer who must add the image.
 */
export function planLogo(
  items: readonly DataItem[],
  key: string | undefined,
  logo: string | undefined,
  name: string,
): { value?: string; warning?: string } {
  if (!logo || !key) return {};
  const values = mappings(items)
    .map((i) => (i.value as Record<string, unknown>)[key])
    .filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  const urls = values.filter((v) => /^https?:\/\//i.test(v)).length;
  if (!values.length || urls * 2 >= values.length) return { value: logo };
  const folders = values.map((v) => v.slice(0, v.lastIndexOf('/') + 1));
  const folder =
    [...new Set(folders)].sort(
      (a, b) => folders.filter((f) => f === b).length - folders.filter((f) => f === a).length,
    )[0] ?? '';
  const ext = /\.(png|svg|jpe?g|gif|webp|avif)(?:[?#]|$)/i.exec(new URL(logo).pathname)?.[1]?.toLowerCase() ?? 'png';
  const slug =
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'logo';
  const value = `${folder}${slug}.${ext}`;
  return {
    value,
    warning: `the other entries' logos are files in the repository: a maintainer must add the image from ${logo} as ${value} before merging`,
  };
}

/** A GitHub handle written the way the siblings write their contact (`@handle`, a profile URL, or bare). */
export function planContact(
  items: readonly DataItem[],
  key: string | undefined,
  handle: string | undefined,
): string | undefined {
  if (!key || !handle) return undefined;
  const values = mappings(items)
    .map((i) => (i.value as Record<string, unknown>)[key])
    .filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  const at = values.filter((v) => v.startsWith('@')).length;
  const profile = values.filter((v) => /^https?:\/\/(?:www\.)?github\.com\//i.test(v)).length;
  const bare = values.filter((v) => /^[a-z\d](?:[a-z\d-]{0,38})$/i.test(v)).length;
  if (at >= profile && at >= bare && at > 0) return `@${handle}`;
  if (bare > profile) return handle;
  return `https://github.com/${handle}`;
}
