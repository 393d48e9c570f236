import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  inferKeys,
  isRecord
} from "./chunk-AQFIXT2T.mjs";
import {
  NAMES_ADOPTERS,
  sectionMatches
} from "./chunk-F76RGC3L.mjs";

// src/data-files/select-sequence.ts
var pathOf = (s) => s.path.join(".");
var describe = (s) => s.path.length ? `"${pathOf(s)}"` : "the top-level list";
var nameOf = (s) => s.title ?? s.path[s.path.length - 1] ?? null;
var namesAdopters = (name) => name !== null && NAMES_ADOPTERS.test(name.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/[_-]+/g, " "));
function selectSequence(doc, options) {
  const named = doc.sequences.map((sequence) => ({ sequence, keys: inferKeys(sequence.items, options.keys) })).filter(
    ({ sequence, keys }) => keys.name && sequence.items.some((i) => isRecord(i.value) && keys.name in i.value)
  );
  if (options.path !== void 0) {
    const wanted = options.path.replace(/^\.+|\.+$/g, "");
    const found = named.find(({ sequence }) => pathOf(sequence) === wanted);
    if (!found)
      return {
        ok: false,
        code: "no-section",
        reason: `no list of adopters at "${wanted}" (data-path); lists found: ${named.map((n) => describe(n.sequence)).join(", ") || "none"}`
      };
    return withGroup(found.sequence, found.keys, options.section, false);
  }
  if (!named.length)
    return {
      ok: false,
      code: "no-template",
      reason: "no list of named items in this file to copy from (set data-path and data-keys if the list is elsewhere)"
    };
  if (options.section && named.length > 1) {
    for (const level of ["exact", "partial"]) {
      const match = named.find(({ sequence }) => {
        const title = nameOf(sequence);
        return title !== null && sectionMatches(options.section, title) === level;
      });
      if (match) return withGroup(match.sequence, match.keys, void 0, false, nameOf(match.sequence));
    }
  }
  const adopters = named.filter(({ sequence }) => namesAdopters(nameOf(sequence)));
  const pool = adopters.length && adopters.length < named.length ? adopters : named;
  const largest = pool.reduce((a, b) => b.sequence.items.length > a.sequence.items.length ? b : a);
  const section = named.length > 1 ? nameOf(largest.sequence) : null;
  const lists = named.map((n) => n.sequence);
  const chosen = withGroup(largest.sequence, largest.keys, options.section, named.length > 1, section, lists);
  if (chosen.ok && !options.section && section && !chosen.note)
    chosen.note = pool === named ? `no section was given, so the entry went into the largest list, "${section}"` : `no section was given, so the entry went into the list named for adopters, "${section}"`;
  return chosen;
}
function withGroup(sequence, keys, section, severalLists, listName = null, lists = []) {
  const groupKey = keys.group;
  const values = groupKey ? sequence.items.map((i) => isRecord(i.value) ? i.value[groupKey] : void 0).filter((v) => typeof v === "string") : [];
  if (!groupKey || !values.length) {
    if (section && severalLists) {
      const known = lists.map(nameOf).filter((n) => Boolean(n));
      return {
        ok: false,
        code: "no-section",
        reason: `no section "${section}" in this file; sections: ${known.map((k) => `"${k}"`).join(", ")}`
      };
    }
    const note = section && !listName ? `this file has no sections, so the section "${section}" was not used` : void 0;
    return { ok: true, sequence, keys, section: listName, note };
  }
  if (section) {
    for (const level of ["exact", "partial"]) {
      const group2 = values.find((v) => sectionMatches(section, v) === level);
      if (group2) return { ok: true, sequence, keys, group: group2, section: group2 };
    }
    const known = [...new Set(values)];
    return {
      ok: false,
      code: "no-section",
      reason: `no section "${section}" in this file; values of its "${groupKey}" key: ${known.map((k) => `"${k}"`).join(", ")}`
    };
  }
  const counts = /* @__PURE__ */ new Map();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const group = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
  return {
    ok: true,
    sequence,
    keys,
    group,
    section: group,
    note: `no section was given, so the entry went into the most common ${groupKey}, "${group}"`
  };
}

export {
  selectSequence
};
