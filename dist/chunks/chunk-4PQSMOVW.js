import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  normalizeOrganizationName
} from "./chunk-BBUXQVJU.js";

// src/adopters/find-entry.ts
function editDistance(a, b) {
  const x = [...a];
  const y = [...b];
  const d = Array.from({ length: x.length + 1 }, (_, i) => [i, ...new Array(y.length).fill(0)]);
  for (let j = 1; j <= y.length; j++) d[0][j] = j;
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1])
        best = Math.min(best, d[i - 2][j - 2] + 1);
      d[i][j] = best;
    }
  }
  return d[x.length][y.length];
}
function isNearMiss(asked, listed) {
  const a = normalizeOrganizationName(asked);
  const b = normalizeOrganizationName(listed);
  const shorter = Math.min([...a].length, [...b].length);
  return editDistance(a, b) <= (shorter <= 3 ? 1 : Math.max(2, Math.floor(shorter / 4)));
}
var quote = (e) => `"${e.name}" (line ${e.startLine})`;
function findEntry(containers, name) {
  const wanted = normalizeOrganizationName(name);
  const named = containers.flatMap(
    (container) => container.entries.filter((e) => !e.catchAll).map((entry) => ({ entry, container, key: normalizeOrganizationName(entry.name) }))
  );
  const real = named.filter((l) => !l.entry.placeholder);
  const all = wanted && !real.some((l) => l.key === wanted) ? named : real;
  const sure = all.filter((l) => !l.container.doubts.length);
  const inSure = wanted ? sure.filter((l) => l.key === wanted) : [];
  const anywhere = all.some((l) => l.key === wanted);
  const listed = inSure.length || !anywhere && sure.length ? sure : all;
  const matches = wanted ? listed.filter((l) => l.key === wanted) : [];
  const first = matches[0];
  if (first && matches.length === 1) return { ok: true, entry: first.entry, container: first.container };
  const byName = matches.filter((m) => m.container.kind !== "logos");
  if (byName.length === 1 && matches.length > 1)
    return { ok: true, entry: byName[0].entry, container: byName[0].container };
  if (matches.length > 1) {
    const lines = matches.map((m) => m.entry.startLine);
    return {
      ok: false,
      code: "ambiguous",
      lines,
      reason: `"${first.entry.name}" is listed ${matches.length} times (lines ${lines.join(", ")}); a maintainer must first remove the extra entries by hand`
    };
  }
  const closest = listed.map((l, i) => ({ l, i, d: editDistance(wanted, l.key) })).sort((a, b) => a.d - b.d || a.i - b.i).slice(0, 3).map(({ l }) => l.entry);
  return {
    ok: false,
    code: "not-found",
    closest: closest.map((e) => ({ name: e.name, line: e.startLine })),
    reason: `no entry of this name is listed${closest.length ? `; the closest listed names are ${closest.map(quote).join(", ")}` : ""}`
  };
}

export {
  isNearMiss,
  findEntry
};
