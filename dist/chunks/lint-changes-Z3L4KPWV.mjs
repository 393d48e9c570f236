import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  describedPartition
} from "./chunk-M7MUH75M.mjs";
import {
  duplicateKey,
  lintAdopters
} from "./chunk-G2OXHJC6.mjs";
import "./chunk-234S3TEZ.mjs";
import {
  statementsFor
} from "./chunk-Z5U7UXQ4.mjs";
import "./chunk-XBPW7ZXX.mjs";
import "./chunk-OROIXEDL.mjs";
import {
  findContainers
} from "./chunk-NWY2PKW3.mjs";
import "./chunk-F76RGC3L.mjs";
import {
  compareNames,
  decideOrder,
  entryDate
} from "./chunk-F36G4R7T.mjs";
import "./chunk-LLEA4VRX.mjs";
import {
  parseDocument
} from "./chunk-WBV7JFYH.mjs";
import {
  normalizeOrganizationName
} from "./chunk-2ZWZV7J3.mjs";
import "./chunk-23HNLEV6.mjs";
import "./chunk-XDNEWOOM.mjs";

// src/adopters/lint-renames.ts
var nameKey = (e) => e ? normalizeOrganizationName(e.name) : "";
function neighbours({ entry, container }) {
  const i = container.entries.indexOf(entry);
  return `${nameKey(container.entries[i - 1])}\0${nameKey(container.entries[i + 1])}`;
}
function pairRenames(before, after, touched) {
  const headNames = new Set(after.located.map((l) => nameKey(l.entry)));
  const baseNames = new Set(before.located.map((l) => nameKey(l.entry)));
  const gone = before.located.filter((l) => !headNames.has(nameKey(l.entry)));
  const pairs = /* @__PURE__ */ new Map();
  for (const l of after.located) {
    if (!touched.has(l.entry) || baseNames.has(nameKey(l.entry))) continue;
    const [prev, next] = neighbours(l).split("\0");
    const match = gone.find((g) => {
      const [gPrev, gNext] = neighbours(g).split("\0");
      return !pairs.has(g.entry) && (gPrev === prev || gNext === next);
    });
    if (match) pairs.set(match.entry, l.entry);
  }
  return pairs;
}

// src/adopters/lint-changes.ts
function read(source) {
  const doc = parseDocument(source);
  const containers = findContainers(doc);
  const located = containers.flatMap((container) => container.entries.map((entry) => ({ entry, container })));
  const byLine = new Map(located.map((l) => [l.entry.startLine, l]));
  return { doc, containers, located, byLine, problems: lintAdopters(source) };
}
var textOf = (side, entry) => side.doc.source.slice(entry.start, entry.end).replace(/\s+/g, " ").trim();
function problemKey(problem, located) {
  if (problem.rule === "final-newline" || problem.rule === "list") return problem.rule;
  if (!located) return `${problem.rule}\0${problem.message}`;
  const { entry } = located;
  return `${problem.rule}\0${normalizeOrganizationName(entry.name)}\0${problem.rule === "link" ? entry.url : ""}`;
}
var Bag = class {
  counts = /* @__PURE__ */ new Map();
  constructor(keys) {
    for (const key of keys) this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
  /** Removes one `key`; false when there was none left. */
  take(key) {
    const n = this.counts.get(key) ?? 0;
    if (n > 0) this.counts.set(key, n - 1);
    return n > 0;
  }
};
function peersOf({ entry, container }) {
  return container.entries.filter((e) => !e.catchAll && (e.group ?? "") === (entry.group ?? ""));
}
function betterPlace(entry, peers) {
  const others = peers.filter((e) => e !== entry);
  const cost = (p) => others.slice(0, p).filter((o) => compareNames(o.name, entry.name) > 0).length + others.slice(p).filter((o) => compareNames(o.name, entry.name) < 0).length;
  const costs = [...others.keys(), others.length].map(cost);
  const best = costs.indexOf(Math.min(...costs));
  const at = peers.indexOf(entry);
  return costs[at] === costs[best] ? void 0 : { after: others[best - 1], before: others[best] };
}
var linked = (shape) => shape.replace(/\d+/g, "#").replace(/\(<U>\)/g, "(U)").replace(/\[\s*<img\b[^>]*>\s*\]|\[!\[N\]\(L\)\s*\]/g, "[N]");
var bare = (shape) => shape.replace(/(?:[ \t]*[-–—:,|]?[ \t]*|\n+| ¶)D(?: U)?$/, "");
var heading = (shape) => /^(?:#{1,6}|setext) /.test(shape) ? shape.replace("[N](U)", "N") : shape;
function fitsShape(entry, neighbours2) {
  const shapes = neighbours2.filter((e) => e.wellFormed && !e.catchAll).map((e) => heading(linked(e.shape)));
  const own = heading(linked(entry.shape));
  return !shapes.length || shapes.some((s) => s === own || !entry.description && bare(s) === own);
}
function touchedProblems(head, touched, added, wasSlip) {
  const problems = [];
  for (const container of head.containers) {
    const mine = container.entries.filter((e) => touched.has(e) && !e.catchAll);
    if (!mine.length) continue;
    const untouched = container.entries.filter((e) => !touched.has(e));
    const { local, global } = statementsFor(head.doc, container, head.containers);
    const policy = decideOrder(untouched, [...local, ...global], false, (e) => entryDate(head.doc, e, container.kind));
    for (const entry of mine) {
      if (entry.wellFormed && !fitsShape(entry, untouched)) {
        const like = untouched.find((e) => e.wellFormed && !e.catchAll);
        problems.push({
          line: entry.startLine,
          rule: "malformed",
          message: `"${entry.name}" is not written like the other entries of this list${like ? `; write it like the entry on line ${like.startLine}` : ""}`
        });
      }
      const peers = peersOf({ entry, container });
      if (policy.order === "alphabetical" && !wasSlip(entry)) {
        const better = betterPlace(entry, peers);
        if (better) {
          problems.push({
            line: entry.startLine,
            rule: "order",
            message: `"${entry.name}" is out of alphabetical order; it belongs ${better.after ? `after "${better.after.name}"` : `before "${better.before.name}"`}`
          });
        }
      } else if (policy.order === "append" && policy.newestFirst && added.has(entry)) {
        const first = peers.find((e) => !added.has(e) && !e.placeholder);
        if (first && first.start < entry.start) {
          problems.push({
            line: entry.startLine,
            rule: "order",
            message: `"${entry.name}" is added below older entries of a list kept newest first; move it before "${first.name}"`
          });
        }
      } else if (policy.order === "append" && added.has(entry)) {
        const split = describedPartition(peers.filter((e) => !added.has(e)));
        const part = (e) => split === void 0 || Boolean(e.description) === Boolean(entry.description);
        const older = peers.filter((e) => !added.has(e) && part(e));
        const last = older[older.length - 1];
        if (last && last.start > entry.start) {
          problems.push({
            line: entry.startLine,
            rule: "order",
            message: `"${entry.name}" is added in the middle of a list kept in the order entries were added; move it after "${last.name}"`
          });
        }
      }
    }
  }
  return problems;
}
function lintChanges(base, head) {
  const before = read(base);
  const after = read(head);
  const baseTexts = new Bag(before.located.map((l) => textOf(before, l.entry)));
  const touched = new Set(after.located.filter((l) => !baseTexts.take(textOf(after, l.entry))).map((l) => l.entry));
  const baseNames = new Set(before.located.map((l) => normalizeOrganizationName(l.entry.name)));
  const renames = pairRenames(before, after, touched);
  const renamed = new Set(renames.values());
  const added = new Set(
    [...touched].filter((e) => !baseNames.has(normalizeOrganizationName(e.name)) && !renamed.has(e))
  );
  const slips = new Set(
    before.problems.filter((p) => p.rule === "order").map((p) => normalizeOrganizationName(before.byLine.get(p.line)?.entry.name ?? ""))
  );
  const asRenamed = (l) => {
    const to = l && renames.get(l.entry);
    return to ? { ...l, entry: { ...l.entry, name: to.name } } : l;
  };
  const baseKeys = new Bag(before.problems.map((p) => problemKey(p, asRenamed(before.byLine.get(p.line)))));
  const found = after.problems.filter(
    (p) => p.rule !== "order" && p.rule !== "duplicate" && !baseKeys.take(problemKey(p, after.byLine.get(p.line)))
  );
  const baseAround = new Map(before.located.map((l) => [nameKey(l.entry), neighbours(l)]));
  const unmoved = new Set(
    after.located.filter((l) => baseAround.get(nameKey(l.entry)) === neighbours(l)).map((l) => l.entry)
  );
  const wasSlip = (e) => slips.has(normalizeOrganizationName(e.name)) || unmoved.has(e);
  for (const p of touchedProblems(after, touched, added, wasSlip)) {
    if (!found.some((f) => f.line === p.line && f.rule === p.rule)) found.push(p);
  }
  found.push(...duplicateProblems(before, after, touched));
  return found.sort((a, b) => a.line - b.line);
}
function duplicateProblems(before, after, touched) {
  const seenBefore = /* @__PURE__ */ new Set();
  const duplicatedBefore = /* @__PURE__ */ new Set();
  for (const { entry } of before.located) {
    const key = duplicateKey(entry);
    if (seenBefore.has(key)) duplicatedBefore.add(key);
    seenBefore.add(key);
  }
  const problems = [];
  const first = /* @__PURE__ */ new Map();
  for (const { entry } of after.located) {
    if (entry.catchAll) continue;
    const key = duplicateKey(entry);
    const earlier = first.get(key);
    if (!earlier) first.set(key, entry);
    else if (duplicatedBefore.has(key)) continue;
    else if (touched.has(entry)) {
      problems.push({
        line: entry.startLine,
        rule: "duplicate",
        message: `"${entry.name}" is listed twice (first at line ${earlier.startLine})`
      });
    } else if (touched.has(earlier)) {
      problems.push({
        line: earlier.startLine,
        rule: "duplicate",
        message: `"${earlier.name}" is already listed (line ${entry.startLine})`
      });
    }
  }
  return problems;
}
export {
  lintChanges
};
